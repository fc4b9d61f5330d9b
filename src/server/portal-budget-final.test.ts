// GET /api/departments/{id}/budget-final over the server's own upload path: a department's 预算 and 决算 of one year,
// the 决算's 年初预算 at odds with the 预算, and a 决算 cell left unread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../audit/index.js';
import type { Analysis } from '../model/analysis.js';
import { BudgetFinalSchema, type BudgetFinal } from '../model/budget-final.js';
import type { Store } from '../store/open.js';
import { memoryStore } from '../../test/support/memory-store.js';
import { consistentPackage } from '../../test/support/audit-fixture.js';
import { jiangsuBudget } from '../../test/support/budget-fixture.js';
import { narrativeDisclosure } from '../../test/support/narrative.js';
import { createApp } from './app.js';

const PLACE = { department: '江苏省示例厅', region: '江苏省', year: 2018 };
const ANALYSES = new Map<string, Analysis>();
function prepare(name: string, input: Parameters<typeof narrativeDisclosure>[0]): File {
  const disclosure = narrativeDisclosure(input);
  const named = { ...disclosure, document: { ...disclosure.document, file: name } };
  ANALYSES.set(name, { disclosure: named, ...audit(named) });
  return new File([name], name);
}

let store: Store;
let app: ReturnType<typeof createApp>;
let budgetId: number;
let finalId: number;
let departmentId: number;

const upload = async (file: File): Promise<number> => {
  const form = new FormData();
  form.append('file', file);
  const res = await app.request('/api/disclosures', { method: 'POST', body: form });
  expect(res.status).toBeLessThan(300);
  return ((await res.json()) as { id: number }).id;
};
const comparison = async (): Promise<BudgetFinal> => {
  const res = await app.request(`/api/departments/${departmentId}/budget-final`);
  expect(res.status).toBe(200);
  return BudgetFinalSchema.parse(await res.json());
};

beforeAll(async () => {
  store = await memoryStore();
  app = createApp({ repo: store.repo, analyser: { rulesVersion: 'test-1', analyse: async (name) => ANALYSES.get(name)! }, webRoot: false });
  const final = prepare('2018-final.txt', {
    ...consistentPackage({ ...PLACE, kind: '部门决算', unread: { T05: [{ text: '5.00', row: '221' }] } }),
    facts: consistentPackage().facts.filter((f) => !(f.table === 'T05' && f.row === '221')),
    text: '## 五、一般公共预算财政拨款支出决算情况说明\n2018年度一般公共预算财政拨款支出年初预算为110.00万元，支出决算为105.00万元，完成年初预算的95.45%。\n',
  });
  const budget = prepare('2018-budget.pdf', { ...jiangsuBudget(PLACE), text: '## 一、说明\n无。\n' });
  finalId = await upload(final);
  budgetId = await upload(budget);
  departmentId = (await store.repo.departments()).find((d) => d.name === PLACE.department)!.id;
}, 120_000);
afterAll(async () => {
  await store?.close();
});

describe('the department’s 预算 beside its 决算', () => {
  it('lays out the year’s packages, 预算 first, and pairs them', async () => {
    const data = await comparison();
    expect(data.department.name).toBe(PLACE.department);
    expect(data.years).toMatchObject([{ year: 2018, budgetId, finalId, documents: [{ id: budgetId, kind: '部门预算' }, { id: finalId, kind: '部门决算' }] }]);
  });

  it('compares by 类 with each figure’s source, never taking an unread or absent cell for 0', async () => {
    const data = await comparison();
    expect(data.classes).toMatchObject({ budget: { table: 'B07' }, final: { table: 'T05' } });
    const row = (code: string) => data.classes.rows.find((r) => r.code === code)!.years[0]!;
    expect(row('208')).toMatchObject({ budget: { state: 'printed', value: '20.00', unit: '万元' }, final: { state: 'printed', value: '10.00' } });
    expect(row('201')).toMatchObject({ budget: { state: 'printed', value: '70.00' }, final: { state: 'blank' } });
    expect(row('221')).toMatchObject({ budget: { state: 'printed', value: '10.00' }, final: { state: 'unread' } });
    expect(row('208').budget).toHaveProperty('source');
  });

  it('compares “三公”: the 预算, the 决算 table’s 预算数 and its 决算数', async () => {
    const total = (await comparison()).threePublic.rows.find((r) => r.column === '合计')!.years[0]!;
    expect(total).toMatchObject({ budget: { state: 'printed', value: '3.00' }, adjusted: { state: 'printed', value: '3.00' }, final: { state: 'printed', value: '2.00' } });
  });

  it('lists the findings across documents, found when the 预算 arrived after the 决算, and drops them when it is deleted', async () => {
    const { findings } = await comparison();
    expect(findings).toMatchObject([{ rule: 'Y-01', disclosureId: finalId, expected: '100.00万元', actual: '110.00万元', related: { document: { id: budgetId, file: '2018-budget.pdf' } } }]);
    const detail = (await (await app.request(`/api/disclosures/${finalId}/findings`)).json()) as { findings: { rule: string }[] };
    expect(detail.findings.map((f) => f.rule)).toContain('Y-01');

    expect((await app.request(`/api/disclosures/${budgetId}`, { method: 'DELETE' })).status).toBe(204);
    const after = await comparison();
    expect(after.findings).toEqual([]);
    expect(after.years).toMatchObject([{ year: 2018, budgetId: null, finalId }]);
    expect((await app.request('/api/departments/99999/budget-final')).status).toBe(404);
  });
});
