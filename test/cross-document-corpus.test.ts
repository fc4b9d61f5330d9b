// Checks across documents on real budgets, through the store as the portal uses it (ingest → related documents
// gathered → rules across documents re-run):
// - 江苏省高级人民法院's 2017 and 2018 budgets: every "与上年相比/比上年预算" statement of 2018 that names a figure the
//   2017 budget prints is checked against it. Verified by hand on the pages (pdftotext -layout): 2018 p.17 "收、支预算
//   总计各增加 4322.77 万元" and 33,172.15 − 4,322.77 = 28,849.38 = 2017 收支预算总表 总计 (p.11–12); 公共安全支出
//   "增加 2687.77 万元": 26,200.88 − 2,687.77 = 23,513.11 (2017 p.12); 因公出国（境）费 "预算支出 170 万元，比上年预算
//   减少 10万元": 2017 “三公” table 180.00 (p.17). They all hold: no finding.
// - 江苏省人民检察院: 2018 p.26 "与上年相比，财政拨款支出增加 3,958.98 万元" (restated for the 一般公共预算 on p.28) with
//   21,940.96 万元 this year, but the 2017 budget prints 17,981.68 (its tables p.11–12, its text "财政拨款收、支总预算
//   17981.68万元"): 21,940.96 − 17,981.68 = 3,959.28. One finding (a warning: last year's figure may have been restated).
// - 江苏省委办公厅, each year published in two files (tables, explanation) that the store joins, its name printed in
//   full in 2017 (中国共产党江苏省委员会办公厅) and short in 2018 (中共江苏省委办公厅): 2018 "收、支预算总计各增加3608.98万元"
//   with 24,458.43 万元, and 24,458.43 − 3,608.98 = 20,849.45 = the 2017 收支预算总表 收入总计. No finding.
// - A 决算 made from the 2018 高院 budget (test/support/final-from-budget.ts) with one 年初预算 altered gives exactly
//   one finding across documents, naming both files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseBytes } from '../src/pipeline/analyse.js';
import { directIngester, type Ingester } from '../src/pipeline/ingest.js';
import type { Store } from '../src/store/open.js';
import { memoryStore } from './support/memory-store.js';
import { Repository } from '../src/store/repository.js';
import { finalFromBudget, renderFinal, withInitialBudget } from './support/final-from-budget.js';
import { SHARED_DIR } from './support/shared-corpus.js';

const BUDGETS = join(SHARED_DIR, 'samples', 'budgets');
const hasBudgets = existsSync(BUDGETS);
const sample = (name: string) => ({ name: `${name}.pdf`, bytes: new Uint8Array(readFileSync(join(BUDGETS, `${name}.pdf`))) });

let store: Store;
let ingester: Ingester;
beforeAll(async () => {
  store = await memoryStore();
  ingester = directIngester(store.repo, { rulesVersion: 'test', analyse: (name, bytes) => analyseBytes(name, bytes) });
}, 120_000);
afterAll(async () => {
  await store?.close();
});

const ingest = async (file: { name: string; bytes: Uint8Array }): Promise<number> => (await ingester.ingest(file)).id;
const crossFindings = async (id: number) => (await store.repo.get(id))!.findings.filter((f) => f.family === 'cross-document');
const outcome = async (id: number, rule: string) => (await store.repo.get(id))!.summary.notEvaluable.find((n) => n.rule === rule);

describe.skipIf(!hasBudgets)('checks across real documents', () => {
  it('checks the 2018 高院 budget’s 比上年 statements against the 2017 budget when that arrives later', async () => {
    const y2018 = await ingest(sample('jiangsu-gaoyuan-2018-budget'));
    expect((await outcome(y2018, 'Y-03'))?.reason).toContain('2017年度的部门预算');
    const y2017 = await ingest(sample('jiangsu-gaoyuan-2017-budget'));
    expect(await outcome(y2018, 'Y-03')).toBeUndefined();
    expect(await crossFindings(y2018)).toEqual([]);
    const detail = (await store.repo.get(y2018))!;
    expect(detail.department).toBe((await store.repo.get(y2017))!.department);
    // Evaluated and passed (the rule is no longer among the not evaluable, and found nothing).
    expect(detail.summary.rules.passed).toBeGreaterThan(0);
  });

  it('finds the 检察院 2018 budget’s 增加 3,958.98 万元 at odds with the 2017 budget’s 17,981.68 万元, once, with every place it is said', async () => {
    const y2017 = await ingest(sample('jiangsu-jianchayuan-2017-budget'));
    const y2018 = await ingest(sample('jiangsu-jianchayuan-2018-budget'));
    const findings = await crossFindings(y2018);
    const total = findings.filter((f) => f.actual?.includes('3,958.98'));
    expect(total).toHaveLength(1);
    expect(total[0]).toMatchObject({ rule: 'Y-03', severity: 'warning', expected: '增加3959.28万元' });
    expect(total[0]!.related).toMatchObject({ document: { id: y2017, file: 'jiangsu-jianchayuan-2017-budget.pdf', year: 2017 } });
    expect(total[0]!.related!.sources[0]).toMatchObject({ page: expect.any(Number), bbox: expect.any(Array) });
    // said of 财政拨款收、支总计 (p.25), of 财政拨款支出 (p.26) and of the 一般公共预算 (p.28)
    expect(total[0]!.sources.map((s) => ('page' in s ? s.page : 0))).toEqual(expect.arrayContaining([25, 26, 28]));
    // 2018: 基本支出 13,994.31, 增加 1,670.85 — from the 12,323.46 of the 2017 text, whose tables print 12,323.48
    const basic = findings.filter((f) => !f.actual?.includes('3,958.98'));
    expect(basic.map((f) => [f.rule, f.expected])).toEqual([['Y-03', '增加1670.83万元']]);
  });

  it('relates the 省委办公厅’s two-file packages of 2017 and 2018 under its full and short names', async () => {
    for (const name of ['jiangsu-shengweibgt-2017-budget-tables', 'jiangsu-shengweibgt-2017-budget']) await ingest(sample(name));
    await ingest(sample('jiangsu-shengweibgt-2018-budget'));
    const y2018 = await ingest(sample('jiangsu-shengweibgt-2018-budget-tables'));
    expect(await outcome(y2018, 'Y-03')).toBeUndefined();
    expect(await crossFindings(y2018)).toEqual([]);
  });

  it('gives a 决算 made from the 2018 高院 budget, with one 年初预算 altered, exactly one finding across documents naming both files', async () => {
    const budgetId = (await store.repo.list({ department: '江苏省高级人民法院', year: 2018 })).items.find((d) => d.kind === '部门预算')!.id;
    const budget = (await store.repo.get(budgetId))!;
    const made = finalFromBudget(Repository.toDisclosure(budget));

    // As the budget prints it: nothing across documents.
    const faithful = await ingest(await renderFinal(made));
    expect(await outcome(faithful, 'Y-01')).toBeUndefined();
    expect(await crossFindings(faithful)).toEqual([]);
    await store.repo.delete(faithful);

    const altered = withInitialBudget(made, '合计');
    const file = await renderFinal({ ...altered, disclosure: { ...altered.disclosure, document: { ...altered.disclosure.document, file: 'altered-2018-final.html' } } });
    const id = await ingest(file);
    const findings = await crossFindings(id);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ rule: 'Y-01', severity: 'error', expected: `${made.initialBudgets['合计']}万元`, related: { document: { id: budgetId, file: 'jiangsu-gaoyuan-2018-budget.pdf' } } });
    expect(finding!.message).toContain('altered-2018-final.html');
    expect(finding!.message).toContain('jiangsu-gaoyuan-2018-budget.pdf');
    expect(finding!.related!.sources).toEqual([expect.objectContaining({ page: 12 })]);
  });
});
