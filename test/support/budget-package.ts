// A 预算 published in two files, as analysed: the tables under the department's full name, and the explanation
// volume under its short name, stating one figure (基本支出 61.00) the tables contradict (60.00). Each file's
// text, for the tests that store the files too.
import type { Analysis } from '../../src/model/analysis.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { analyseDisclosure } from '../../src/pipeline/analyse.js';
import { jiangsuBudget } from './budget-fixture.js';
import { buildDisclosure } from './disclosure.js';
import { narrativeDisclosure } from './narrative.js';

const named = (d: Disclosure, file: string): Disclosure => ({ ...d, document: { ...d.document, file } });

export const EXPLANATION_TEXT = '# 第三部分 2018年度部门预算情况说明\n## 一、关于2018年度收支预算总表的说明\n2018年度收入、支出预算总计100.00万元。其中：基本支出预算61.00万元，项目支出预算38.00万元。\n';

/** The analysis of each file, by the file's name. */
export function budgetPackage(names = { tables: 'tables.txt', explanation: 'explanation.txt' }): { tables: Analysis; explanation: Analysis } {
  const tables = named(buildDisclosure(jiangsuBudget({ department: '中共江苏省示例厅' })), names.tables);
  const explanation = named(narrativeDisclosure({ ...jiangsuBudget({ department: '江苏省示例厅' }), facts: [], tables: [], text: EXPLANATION_TEXT }), names.explanation);
  return { tables: analyseDisclosure(tables), explanation: analyseDisclosure(explanation) };
}

/** The text of a tables file: one line per fact (the fixture's facts sit on lines 1, 2, 3 …). */
export const tablesText = (analysis: Analysis): string => analysis.disclosure.facts.map((f) => `${f.table} ${f.row} ${f.column} ${f.value}`).join('\n');
