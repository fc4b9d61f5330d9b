/// <reference lib="dom" />
// The department page with 预算 and 决算 in chromium (desktop and phone widths): 江苏省高级人民法院's real 2017 and 2018
// budgets and a 2018 决算 made from the 2018 budget with its 年初预算 total altered (test/support/final-from-budget.ts),
// uploaded through the API. The page shows the timeline of both kinds by year, draws the 预决算 comparison by 类 and
// for “三公”, and lists the one finding across documents with links into both files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Repository } from '../../src/store/repository.js';
import { finalFromBudget, renderFinal, withInitialBudget } from '../support/final-from-budget.js';
import { SHARED_DIR } from '../support/shared-corpus.js';
import { hasChromium, launchBrowser, overflow, screenshot, SKIP_REASON, startPortal, type Browser, type Portal } from './harness.js';

if (!hasChromium) console.warn(SKIP_REASON);
const BUDGETS = join(SHARED_DIR, 'samples', 'budgets');
const hasBudgets = existsSync(BUDGETS);

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

describe.skipIf(!hasChromium || !hasBudgets).each(WIDTHS)('the department page with 预算 and 决算 at $width px', ({ name, width, height }) => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  let departmentId = 0;
  let finalId = 0;

  const upload = async (fileName: string, bytes: Uint8Array): Promise<number> => {
    const form = new FormData();
    form.append('file', new File([Buffer.from(bytes)], fileName));
    const res = await fetch(new URL('/api/disclosures', portal.url), { method: 'POST', body: form });
    expect(res.status).toBeLessThan(300);
    return ((await res.json()) as { id: number }).id;
  };

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser({ width, height })]);
    page = await browser.context.newPage();
    page.on('pageerror', (e) => console.error('页面脚本出错：', e));
    for (const year of [2017, 2018]) {
      const fileName = `jiangsu-gaoyuan-${year}-budget.pdf`;
      await upload(fileName, new Uint8Array(readFileSync(join(BUDGETS, fileName))));
    }
    const budget = (await portal.store.repo.list({ year: 2018 })).items[0]!;
    departmentId = (await portal.store.repo.departments())[0]!.id;
    const made = withInitialBudget(finalFromBudget(Repository.toDisclosure((await portal.store.repo.get(budget.id))!)), '合计');
    const final = await renderFinal(made);
    finalId = await upload(final.name, final.bytes);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('shows the timeline, the 预决算 charts and the finding across documents', async () => {
    await page.goto(`${portal.url}#/departments/${departmentId}`);
    await page.locator('#chart-budget-final-classes[data-ready="true"] svg').waitFor({ timeout: 30_000 });
    const timeline = page.locator('#budget-final-timeline');
    await expect(timeline.locator('li[data-year="2017"] .timeline-doc').allTextContents()).resolves.toEqual([expect.stringContaining('部门预算')]);
    await expect(timeline.locator('li[data-year="2018"] [data-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).resolves.toEqual(['部门预算', '部门决算']);
    // 2018 has both: chosen, its 类 and “三公” rows printed with links to their sources.
    await expect(page.locator('#bf-year option:checked').textContent()).resolves.toContain('2018');
    expect(await page.locator('#budget-final-table tr[data-code="204"] td[data-state="printed"] a').count()).toBe(2);
    expect(await page.locator('#chart-budget-final-three svg').count()).toBe(1);
    const finding = page.locator('#cross-findings .finding');
    expect(await finding.count()).toBe(1);
    await expect(finding.locator('.message').textContent()).resolves.toContain('jiangsu-gaoyuan-2018-budget.pdf');
    expect(await finding.locator('.related-links a').first().getAttribute('href')).toMatch(/^#\/d\/\d+$/);
    expect(await finding.locator('.related-links a[href*="page="]').count()).toBeGreaterThan(0);
    expect(await overflow(page), 'the department page is wider than the screen').toBeLessThanOrEqual(1);
    await screenshot(page, `${name}-department-budget-final`, true);
  });

  it('shows the finding with the 决算’s own findings, linking into the 预算', async () => {
    await page.goto(`${portal.url}#/d/${finalId}`);
    // (a hash route: the department page's findings stay until the disclosure page replaces them)
    await page.locator('.findings-view .finding').first().waitFor();
    const related = page.locator('.findings-view .finding .related-links');
    expect(await related.count()).toBe(1);
    await related.locator('a[href*="page="]').first().click();
    await page.waitForURL(/#\/d\/\d+\?page=12/);
  });
});
