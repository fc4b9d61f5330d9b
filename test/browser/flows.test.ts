/// <reference lib="dom" />
// The portal's flows in Debian's chromium, at desktop (1440 px) and phone (390 px) widths, each on a fresh store:
// a cross-origin write refused; a second version superseding the first with totals counted once; a finding marked
// and the 审核意见书 exported; figure search; rankings; every export opened and checked (CSV byte-order mark,
// workbook labels, Fiscal Data Package valid). Every page is screenshotted to test-results/screenshots/ and checked
// to be no wider than the screen.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBytes } from '../../src/read/index.js';
import { variant } from '../support/store-fixtures.js';
import { validateFiscalDataPackage } from '../support/frictionless.js';
import { hasChromium, launchBrowser, overflow, screenshot, seedDocument, SKIP_REASON, startPortal, type Browser, type Portal } from './harness.js';

if (!hasChromium) console.warn(SKIP_REASON);

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

const seed = seedDocument();

describe.skipIf(!hasChromium).each(WIDTHS)('portal flows at $width px', ({ name, width, height }) => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  let first = 0;
  let second = 0;
  const shot = async (label: string) => {
    expect(await overflow(page), `${label} is wider than the screen`).toBeLessThanOrEqual(1);
    await screenshot(page, `${name}-${label}`, true);
  };
  const api = async <T>(path: string): Promise<T> => (await (await fetch(new URL(path, portal.url))).json()) as T;
  const bytesOf = async (d: Download): Promise<Buffer> => readFileSync((await d.path())!);

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser({ width, height })]);
    page = await browser.context.newPage();
    page.on('pageerror', (e) => console.error('页面脚本出错：', e));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  const upload = async (fileName: string, text: string) => {
    await page.goto(portal.url);
    await page.locator('.dropzone').waitFor();
    await page.setInputFiles('.dropzone input[type=file]', { name: fileName, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.waitForURL(/#\/d\/\d+$/, { timeout: 60_000 });
    await page.locator('.finding').first().waitFor();
    return Number(/#\/d\/(\d+)/.exec(page.url())![1]);
  };

  it('keeps a second upload of the same department and year as a new version, counted once', async () => {
    await page.goto(portal.url);
    await page.locator('.dropzone').waitFor();
    // The limit is stated before anything is uploaded.
    await page.locator('.dropzone', { hasText: /单个文件不超过 50(\.0)? MB/ }).waitFor();
    await shot('01-home');
    first = await upload(seed.name, seed.text);
    await shot('02-findings');
    const total = async () => (await api<{ groups: { value: string }[] }>('/api/aggregates?table=T01&row=%E6%94%B6%E5%85%A5%E6%80%BB%E8%AE%A1')).groups[0]?.value;
    const once = await total();
    // The same file with bytes appended: another file, the same department, year and kind.
    second = await upload(seed.name.replace(/(\.\w+)$/, '-更正$1'), `${seed.text}\n`);
    expect(second).not.toBe(first);
    await expect(page.locator('.alert.info').textContent()).resolves.toContain('这是当前版本');
    await shot('03-new-version');
    expect(await total()).toBe(once);
    const dash = await api<{ counts: { disclosures: number } }>('/api/dashboard');
    expect(dash.counts.disclosures).toBe(1);
    await page.goto(`${portal.url}#/d/${first}`);
    await expect(page.locator('.alert.warning').textContent()).resolves.toContain('这是旧版本');
    const { items } = await api<{ items: { id: number; years: number[] }[] }>('/api/departments');
    await page.goto(`${portal.url}#/departments/${items[0]!.id}`);
    await page.locator('#chart-totals[data-ready="true"] svg').waitFor({ timeout: 20_000 });
    expect(await page.locator('#years-table tbody tr:not(.superseded)').count()).toBe(1);
    await shot('04-department');
  });

  it('refuses a write sent by a page on another origin', async () => {
    const evil: Server = createServer((_, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>别的网站</title><p>别的网站</p>');
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    try {
      const other = await browser.context.newPage();
      await other.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
      const outcome = await other.evaluate(
        async ({ target, id }) => {
          const out: Record<string, string> = {};
          try {
            out.delete = String((await fetch(`${target}api/disclosures/${id}`, { method: 'DELETE' })).status);
          } catch {
            out.delete = 'blocked';
          }
          const form = new FormData();
          form.append('file', new Blob(['别的网站的文件']), 'x.txt');
          // A form post needs no preflight: the browser sends it, the server must refuse it.
          out.post = (await fetch(`${target}api/disclosures`, { method: 'POST', body: form, mode: 'no-cors' })).type;
          return out;
        },
        { target: portal.url, id: second },
      );
      expect(outcome.delete).toBe('blocked');
      await other.close();
    } finally {
      evil.close();
    }
    expect((await fetch(new URL(`/api/disclosures/${second}`, portal.url))).status).toBe(200);
    expect((await api<{ disclosures: number }>('/api/health')).disclosures).toBe(2);
  });

  it('marks a finding and exports the 审核意见书 as DOCX and PDF', async () => {
    await page.goto(`${portal.url}#/d/${second}`);
    const finding = page.locator('.finding.error').first();
    await finding.waitFor();
    await finding.locator('.explain summary').click();
    await expect(finding.locator('.explain').textContent()).resolves.toMatch(/依据.+怎样改正/s);
    await finding.locator('.review-form summary').click();
    await finding.locator('textarea').fill('已与单位核实，请按报表改正');
    await finding.locator('input[aria-label="审核人"]').fill('王审核');
    await finding.locator('button[data-review="confirmed"]').click();
    await finding.locator('.review-status', { hasText: '确认 · 王审核' }).waitFor();
    await shot('05-marked');
    await page.reload();
    await page.locator('.finding.error .review-status', { hasText: '已与单位核实' }).first().waitFor();

    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("下载 DOCX")')]);
    expect(docx.suggestedFilename()).toMatch(/审核意见书\.docx$/);
    const layout = await readBytes('letter.docx', new Uint8Array(await bytesOf(docx)));
    const text = layout.blocks.map((b) => (b.kind === 'line' ? b.text : '')).join('\n');
    expect(text).toContain('审核意见');
    expect(text).toContain('确认：已与单位核实，请按报表改正（王审核');
    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('a:has-text("下载 PDF")')]);
    const pdfBytes = await bytesOf(pdf);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdftotext', ['-', '-'], { input: pdfBytes }).toString().replace(/\s/g, '')).toContain('已与单位核实');
  });

  it('finds figures by 科目 code and opens one in its table', async () => {
    const detail = await api<{ facts: { table: string; row: string }[] }>(`/api/disclosures/${second}`);
    const code = detail.facts.find((f) => f.table === 'T03' && /^\d{7}$/.test(f.row))?.row ?? detail.facts.find((f) => /^\d{3,7}$/.test(f.row))!.row;
    await page.goto(`${portal.url}#/search?q=${code}`);
    const rows = page.locator('#figure-results tbody tr');
    await rows.first().waitFor();
    expect(await rows.first().locator('td').nth(4).textContent()).toContain(code);
    expect(await rows.first().locator('td').nth(4).textContent()).toMatch(/\d+ \S+/);
    await shot('06-figure-search');
    await rows.first().locator('td').last().locator('a').click();
    await page.waitForURL(/\/tables\?/);
    await page.locator('.source-panel[data-loaded]').waitFor();
    await page.locator('.rebuilt td.active').first().waitFor();
    expect(await page.locator('.rebuilt td.active').count()).toBe(1);
    await shot('07-figure-cell');
  });

  it('ranks departments by 三公 and by a 科目', async () => {
    await page.goto(`${portal.url}#/rankings?measure=threePublic`);
    await page.locator('#ranking-table tbody tr').first().waitFor();
    expect(await page.locator('#ranking-table tbody tr').first().locator('td').first().textContent()).toBe('1');
    await shot('08-rankings');
    await page.selectOption('#rank-measure', 'subject');
    const detail = await api<{ facts: { table: string; row: string }[] }>(`/api/disclosures/${second}`);
    await page.fill('#rank-code', detail.facts.find((f) => f.table === 'T03' && /^\d{3}$/.test(f.row))!.row);
    await page.click('form[aria-label="排名条件"] button[type=submit]');
    await page.waitForURL(/measure=subject/);
    await page.locator('#ranking-table tbody tr').first().waitFor();
    await page.locator('h2', { hasText: '公开03' }).first().waitFor();
    // Per person: a department whose 概况 states no staff is counted apart, never ranked as if it had none.
    await page.selectOption('#rank-measure', 'threePublic');
    await page.selectOption('#rank-per', 'staffInPost');
    await page.click('form[aria-label="排名条件"] button[type=submit]');
    await page.waitForURL(/per=staffInPost/);
    const staffed = (await api<{ items: { staff: unknown }[] }>('/api/rankings?measure=threePublic&per=staffInPost')).items.length;
    await page.locator('h2', { hasText: '人均，按在职人数' }).waitFor();
    if (staffed) await page.locator('#ranking-table th', { hasText: '人均（元/人）' }).waitFor();
    else await page.locator('p', { hasText: /另有 \d+ 个部门有此数字但没有说明在职人数/ }).waitFor();
    await shot('08b-rankings-per-person');
  });

  it('exports files that open: CSV with a byte-order mark, a labelled workbook, a valid Fiscal Data Package', async () => {
    await page.goto(`${portal.url}#/d/${second}/downloads`);
    await page.locator('.downloads').waitFor();
    await shot('09-downloads');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("数字（CSV）")')]);
    expect([...(await bytesOf(csv)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("工作簿（XLSX）")')]);
    const wb = new ExcelJS.Workbook();
    const x = await bytesOf(xlsx);
    await wb.xlsx.load(x.buffer.slice(x.byteOffset, x.byteOffset + x.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['概况', '审核发现', '数字']);
    expect(wb.worksheets.some((w) => /^公开03/.test(w.name))).toBe(true);
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => expect(String(c.value ?? '')).not.toMatch(/^\s*\{"|narrative|arithmetic/))));

    const [zip] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("数据包")')]);
    const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(await bytesOf(zip)))).map(([n, d]) => [n, strFromU8(d)]));
    const descriptor = JSON.parse(files['datapackage.json']!) as Record<string, unknown>;
    expect(await validateFiscalDataPackage(descriptor, files)).toEqual([]);

    // The bulk exports of the list, the dashboard and compare.
    await page.goto(`${portal.url}#/?versions=all`);
    await page.locator('#stored-table').waitFor();
    await shot('10-list');
    const [bulk] = await Promise.all([page.waitForEvent('download'), page.click('.exports a:has-text("数据包")')]);
    const bulkFiles = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(await bytesOf(bulk)))).map(([n, d]) => [n, strFromU8(d)]));
    expect(await validateFiscalDataPackage(JSON.parse(bulkFiles['datapackage.json']!) as Record<string, unknown>, bulkFiles)).toEqual([]);
    await page.goto(`${portal.url}#/dashboard`);
    await page.locator('#completeness').waitFor();
    await shot('11-dashboard');
    const [dash] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("下载总览")')]);
    expect([...(await bytesOf(dash)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await page.goto(`${portal.url}#/compare?ids=${first},${second}`);
    await page.locator('#compare-chart[data-ready="true"] svg').waitFor({ timeout: 20_000 });
    await shot('12-compare');
    const [cmp] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("下载对比")')]);
    expect([...(await bytesOf(cmp)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('never shows a document with unread numbers as passing; its tables say what was not read, and where', async () => {
    const { file, analysis } = variant({ department: '丙县未读示例局', region: '丙县', year: 2024, unread: { table: 'T03', texts: ['12.30', '4.56'] } });
    const { id } = await portal.store.repo.importAnalysis(file, analysis, 'browser-test');
    await page.goto(`${portal.url}#/?department=${encodeURIComponent('丙县未读示例局')}`);
    const row = page.locator('#stored-table tbody tr').first();
    await row.waitFor();
    expect(await row.locator('.badge.incomplete').innerText()).toBe('读取不完整');
    expect(await row.innerText()).not.toMatch(/通过|无错误/);
    await shot('18-list-incomplete');
    await page.goto(`${portal.url}#/d/${id}`);
    await page.locator('.alert.incomplete').waitFor();
    expect(await page.locator('.alert.incomplete').innerText()).toContain('审核不完整：公开03 支出决算表 共 2 个数字未能读取');
    expect(await page.locator('.alert.ok').count()).toBe(0);
    await page.goto(`${portal.url}#/d/${id}/tables`);
    const t03 = page.locator('#table-T03');
    await t03.locator('.reading-status').waitFor();
    expect(await t03.locator('.reading-status .badge').first().innerText()).toBe('部分未能读取');
    expect(await t03.locator('.unread-list a.unread-link').allInnerTexts()).toEqual(['12.30', '4.56']);
    await shot('19-tables-unread');
    // An unread number links to its source like any cell.
    expect(await t03.locator('.unread-list a.unread-link').first().getAttribute('href')).toBe(`#/d/${id}/tables?line=900`);
    await page.goto(`${portal.url}#/dashboard`);
    await page.locator('.legend .pill.incomplete').waitFor();
    expect(await page.locator('.legend .pill.incomplete').innerText()).toBe('读取不完整 1');
    await portal.store.repo.delete(id);
  });

  it('shows the other pages within the screen: tables, rules, search, batch', async () => {
    await page.goto(`${portal.url}#/d/${second}/tables`);
    await page.locator('section.rebuilt').first().waitFor();
    await shot('13-tables');
    await page.locator('.finding, a.cell-link').first().click();
    await page.locator('.source-panel[data-loaded]').waitFor();
    // The panel is in view after the tap (on a phone it sits below the tables).
    const box = await page.locator('.source-panel').boundingBox();
    expect(box!.y).toBeLessThan(height);
    await shot('14-source');
    await page.goto(`${portal.url}#/rules`);
    await page.locator('.rule-list li').first().waitFor();
    await shot('15-rules');
    await page.goto(`${portal.url}#/search?q=${encodeURIComponent('医疗')}`);
    await page.locator('#documents .results, #documents p').first().waitFor();
    await shot('16-search');
    await page.goto(`${portal.url}#/batch`);
    await page.locator('.dropzone').waitFor();
    await shot('17-batch');
    const missing = await page.goto(`${portal.url}no/such/page`);
    expect(missing!.status()).toBe(404);
    expect(await page.title()).toBe('没有这个页面 · 决算通');
  });
});
