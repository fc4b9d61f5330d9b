import { describe, expect, it } from 'vitest';
import { audit } from '../audit/index.js';
import type { Analysis } from '../model/analysis.js';
import { changed } from '../../test/support/audit-fixture.js';
import { jiangsuBudget } from '../../test/support/budget-fixture.js';
import { narrativeDisclosure } from '../../test/support/narrative.js';
import { checkTogether } from './check-together.js';

/** A 江苏-form 预算 of `year` with 收入/支出总计 `total`; for 2018 it says the totals grew by 10.00 万元. */
function budget(year: number, total: string, department?: string): Analysis {
  let input = jiangsuBudget({ year });
  for (const row of ['收入总计', '支出总计']) input = changed(input, ['B01', row, '金额'], total);
  const text = year === 2018 ? '## 一、关于2018年度收支预算总表的说明\n2018年度收入、支出预算总计100.00万元，与上年相比收、支预算总计各增加10.00万元，增长11.11%。\n' : '## 一、说明\n无。\n';
  const disclosure = narrativeDisclosure({ ...input, text });
  const document = { ...disclosure.document, file: `budget-${year}.pdf`, ...(department ? { department } : {}) };
  const named = { ...disclosure, document };
  return { disclosure: named, ...audit(named) };
}

const across = (a: Analysis) => a.findings.filter((f) => f.family === 'cross-document');

describe('checkTogether', () => {
  it('checks documents given together against each other, as the store does, naming the other file', () => {
    const [y2018, y2017] = checkTogether([budget(2018, '100.00'), budget(2017, '95.00')]);
    // 100.00 − 95.00 = 5.00, but the 2018 budget says 10.00
    expect(across(y2018!)).toHaveLength(1);
    expect(across(y2018!)[0]!.message).toContain('budget-2017.pdf');
    expect(y2018!.summary.errors + y2018!.summary.warnings).toBeGreaterThan(budget(2018, '100.00').summary.errors + budget(2018, '100.00').summary.warnings);
    expect(across(y2017!)).toEqual([]);
  });

  it('agrees when the documents agree, and leaves documents of other departments alone', () => {
    const [agreeing] = checkTogether([budget(2018, '100.00'), budget(2017, '90.00')]);
    expect(across(agreeing!)).toEqual([]);
    const alone = budget(2018, '100.00');
    // alone, the statement about last year cannot be checked; beside last year's budget it is
    expect(alone.summary.notEvaluable.some((n) => n.rule === 'Y-03')).toBe(true);
    expect(agreeing!.summary.notEvaluable.some((n) => n.rule === 'Y-03')).toBe(false);
    expect(agreeing!.summary.rules.passed).toBeGreaterThan(alone.summary.rules.passed);
    const [other] = checkTogether([alone, budget(2017, '95.00', '江苏省另一个厅')]);
    expect(other).toBe(alone);
  });
});
