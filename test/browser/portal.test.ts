/// <reference lib="dom" />
// The portal in a real browser: upload, findings, sources highlighted (text line, table cell, PDF page box),
// the tables view, a department's years as a chart, batch import, comparison, dashboard, search, CSV export and
// keyboard-only use. Screenshots go to test-results/screenshots/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, PDF_SAMPLE, previousYear, screenshot, seedDocument, SKIP_REASON, startPortal, type Browser, type Portal } from './harness.js';

if (!hasChromium) console.warn(SKIP_REASON);

const squash = (s: string) => s.replace(/[\s,，]/g, '');

describe.skipIf(!hasChromium)('portal in chromium', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  const seed = seedDocument();
  let seedId = 0;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    page = await browser.context.newPage();
    page.on('pageerror', (e) => console.error('页面脚本出错：', e));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  const api = async <T>(path: string): Promise<T> => (await (await fetch(new URL(path, portal.url))).json()) as T;

  it('uploads a dropped file and shows its findings, errors first', async () => {
    await page.goto(portal.url);
    await page.locator('.dropzone').waitFor();
    await screenshot(page, '01-home');
    // A real drop: a DataTransfer with the file, dispatched on the drop area.
    const drop = await page.evaluateHandle(({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/plain' }));
      return dt;
    }, seed);
    await page.dispatchEvent('.dropzone', 'drop', { dataTransfer: drop });
    await page.waitForURL(/#\/d\/\d+$/, { timeout: 30_000 });
    seedId = Number(/#\/d\/(\d+)/.exec(page.url())![1]);
    await page.locator('.finding').first().waitFor();
    const severities = await page.locator('.finding').evaluateAll((els) => els.map((e) => ['error', 'warning', 'info'].find((s) => e.classList.contains(s))));
    expect(severities[0]).toBe('error');
    // Errors first, then warnings, then hints.
    const rank = severities.map((s) => ['error', 'warning', 'info'].indexOf(s!));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    const detail = await api<{ errors: number }>(`/api/disclosures/${seedId}`);
    expect(await page.locator('.finding.error').count()).toBe(detail.errors);
    await expect(page.locator('h1').textContent()).resolves.toContain(seed.name.startsWith('mini') ? '测试县示例局' : '医疗保障局');
    await screenshot(page, '02-findings');
  });

  it('opens a finding’s source with the line highlighted', async () => {
    const link = page.locator('.finding.error .source-links a').first();
    const href = (await link.getAttribute('href'))!;
    const line = Number(/[?&]line=(\d+)/.exec(href)![1]);
    await link.click();
    const hl = page.locator('.source-panel[data-loaded="text"] .src-hl').first();
    await hl.waitFor();
    const text = squash((await hl.textContent()) ?? '');
    expect(text.length).toBeGreaterThan(0);
    expect(squash(seed.text.split(/\r\n|\r|\n/)[line - 1]!)).toContain(text);
    expect(await page.locator('.src-lines li.current .ln').textContent()).toBe(String(line));
    await expect(link.getAttribute('aria-current')).resolves.toBe('true');
    await screenshot(page, '03-source-text');
  });

  it('rebuilds the tables; a cell opens its source', async () => {
    await page.click('nav.tabs >> text=表格');
    await page.waitForURL(/\/tables/);
    const cell = page.locator('#table-T03 a.cell-link').first();
    await cell.waitFor();
    const value = squash((await cell.textContent()) ?? '');
    await cell.click();
    const hl = page.locator('.source-panel[data-loaded="text"] .src-hl').first();
    await hl.waitFor();
    expect(squash((await hl.textContent()) ?? '')).toContain(value.replace(/[^\d.-]/g, ''));
    await screenshot(page, '04-tables-source');
  });

  it('exports the facts as CSV', async () => {
    await page.goto(`${portal.url}#/d/${seedId}/downloads`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("数字（CSV）")')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, first] = csv.split('\r\n');
    expect(header).toBe('\uFEFFdisclosure_id,department,region,year,table,table_name,row,row_name,level,class_code,column,value,unit,yuan,source');
    expect(first).toMatch(new RegExp(`^${seedId},`));
    expect(csv.split('\r\n').length).toBeGreaterThan(50);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it.skipIf(!PDF_SAMPLE)('shows a PDF finding on the page image with its box', async () => {
    await page.goto(portal.url);
    await page.setInputFiles('.dropzone input[type=file]', PDF_SAMPLE!);
    await page.waitForURL(/#\/d\/\d+$/, { timeout: 30_000 });
    const link = page.locator('.finding.error .source-links a:has-text("页")').first();
    await link.click();
    const overlay = page.locator('.bbox-overlay[data-ready="true"]');
    await overlay.waitFor({ timeout: 20_000 });
    const img = page.locator('.page-frame img');
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(500);
    const [box, frame] = [await overlay.boundingBox(), await img.boundingBox()];
    expect(box!.width).toBeGreaterThan(5);
    expect(box!.height).toBeGreaterThan(5);
    expect(box!.x).toBeGreaterThanOrEqual(frame!.x);
    expect(box!.y + box!.height).toBeLessThanOrEqual(frame!.y + frame!.height + 1);
    await screenshot(page, '05-source-pdf');
  });

  it('imports a batch with per-file status, then charts the department’s years', async () => {
    const older = previousYear(seed);
    await page.goto(`${portal.url}#/batch`);
    await page.setInputFiles('.dropzone input[type=file]', [
      { name: older.name, mimeType: 'text/plain', buffer: Buffer.from(older.text) },
      { name: seed.name, mimeType: 'text/plain', buffer: Buffer.from(seed.text) },
    ]);
    await page.click('button:has-text("开始导入")');
    await page.locator('#batch-table tr[data-status="done"]').nth(1).waitFor({ timeout: 30_000 });
    await expect(page.locator('#batch-table tbody').textContent()).resolves.toContain('已在库中');
    await screenshot(page, '06-batch');

    const { items } = await api<{ items: { id: number; name: string; years: number[] }[] }>('/api/departments');
    const dep = items.find((d) => d.years.length === 2)!;
    expect(dep).toBeDefined();
    await page.goto(`${portal.url}#/departments/${dep.id}`);
    await page.locator('#chart-totals[data-ready="true"] svg').waitFor({ timeout: 20_000 });
    expect(await page.locator('#chart-totals svg path').count()).toBeGreaterThan(2);
    const years = await page.locator('#years-table tbody th').allTextContents();
    expect(years.map((y) => y.slice(0, 4))).toEqual(dep.years.map(String));
    await screenshot(page, '07-department-years');

    const ids = (await api<{ items: { id: number; department: string }[] }>(`/api/disclosures?pageSize=50`)).items.filter((d) => d.department === dep.name).map((d) => d.id);
    await page.goto(`${portal.url}#/compare?ids=${ids.join(',')}`);
    await page.locator('#compare-chart[data-ready="true"] svg').waitFor({ timeout: 20_000 });
    // The two years differ only in their years: with "only differences" off, every figure is listed.
    await page.uncheck('#cmp-diff');
    expect(await page.locator('#compare-table tbody tr').count()).toBeGreaterThan(50);
    await screenshot(page, '08-compare');
  });

  it('shows the reviewer’s dashboard and finds by search', async () => {
    await page.goto(`${portal.url}#/dashboard`);
    await page.locator('table.matrix tbody tr').first().waitFor();
    expect(await page.locator('table.matrix .pill.error').count()).toBeGreaterThan(0);
    await screenshot(page, '09-dashboard');

    const name = (await api<{ department: string }>(`/api/disclosures/${seedId}`)).department;
    await page.goto(`${portal.url}#/search?q=${encodeURIComponent(name.slice(-4))}`);
    await page.locator('.results li').first().waitFor();
    expect(await page.locator('.results li a').first().textContent()).toContain(name);
    await screenshot(page, '10-search');
  });

  it('can be used with the keyboard alone', async () => {
    const kb = await browser.context.newPage();
    await kb.goto(portal.url);
    await kb.locator('.dropzone').waitFor();
    await kb.keyboard.press('Tab');
    expect(await kb.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    // Tab through the header to the dashboard link; the focus ring must be visible on the way.
    let label = '';
    for (let i = 0; i < 10 && label !== '审核总览'; i++) {
      await kb.keyboard.press('Tab');
      label = (await kb.evaluate(() => document.activeElement?.textContent?.trim())) ?? '';
    }
    expect(label).toBe('审核总览');
    expect(await kb.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await kb.keyboard.press('Enter');
    await kb.waitForURL(/#\/dashboard/);
    await kb.locator('table.matrix').waitFor();
    expect(await kb.evaluate(() => document.activeElement?.tagName + ':' + document.activeElement?.textContent)).toBe('H1:审核总览');

    // On a disclosure: reach a source link by Tab, open it with Enter, close the source with Escape.
    await kb.goto(`${portal.url}#/d/${seedId}`);
    await kb.locator('.finding').first().waitFor();
    let onSource = false;
    for (let i = 0; i < 40 && !onSource; i++) {
      await kb.keyboard.press('Tab');
      onSource = await kb.evaluate(() => Boolean(document.activeElement?.closest('.source-links')));
    }
    expect(onSource).toBe(true);
    await kb.keyboard.press('Enter');
    await kb.locator('.source-panel .src-hl').waitFor();
    expect(await kb.evaluate(() => document.activeElement?.id)).toBe('source-heading');
    await screenshot(kb, '11-keyboard-source');
    await kb.keyboard.press('Escape');
    await kb.locator('.source-panel').waitFor({ state: 'detached' });
    expect(await kb.evaluate(() => Boolean(document.activeElement?.closest('.source-links')))).toBe(true);
    await kb.close();
  });
});
