import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../model/disclosure.js';
import type { AuditSummary, Finding } from '../model/finding.js';
import { formatCheckReport, formatFactsListing, groupFindings, partOf, summaryLine } from './report.js';
import { makePaint } from './text.js';

const disclosure: Disclosure = {
  document: { file: 'seeds/demo.txt', department: '示例市医疗保障局', year: 2024, kind: '部门决算', unit: '万元', tables: ['T01', 'T03', 'T07'] },
  tables: [
    { id: 'T01', title: '收入支出决算总表', label: '公开01表', unit: '万元', reading: { status: 'complete', numbers: 1, facts: 1, nonFacts: 0, unread: [] }, source: { line: 40 }, codes: [] },
    {
      id: 'T03',
      title: '支出决算表',
      label: '公开03表',
      unit: '万元',
      reading: { status: 'complete', numbers: 1, facts: 1, nonFacts: 0, unread: [] },
      source: { line: 180 },
      codes: [{ code: '21015', name: '医疗保障管理事务', source: { line: 203 } }],
    },
    { id: 'T07', title: '政府性基金预算财政拨款收入支出决算表', reading: { status: 'empty', numbers: 0, facts: 0, nonFacts: 0, unread: [] }, note: '说明：本单位无政府性基金收支，故本表无数据。', source: { line: 260 }, codes: [] },
  ],
  facts: [
    { table: 'T01', row: '收入总计', column: '金额', value: '2262.43', unit: '万元', yuan: '22624300', source: { line: 52 } },
    { table: 'T03', row: '21015', column: '本年支出合计', value: '106.98', unit: '万元', yuan: '1069800', source: { line: 203, column: 3 } },
    { table: 'T03', row: '21015', column: '基本支出', value: '90.74', unit: '万元', yuan: '907400', source: { line: 203, column: 4 } },
  ],
  sections: [],
  claims: [],
  performance: [],
  departmentMentions: [],
};

const finding = (f: Partial<Finding> & Pick<Finding, 'rule' | 'severity' | 'location'>): Finding => ({
  family: 'arithmetic',
  message: `${f.rule} 的说明`,
  sources: [],
  ...f,
});

const findings: Finding[] = [
  finding({ rule: 'C-narrative-total', family: 'narrative', severity: 'warning', location: { section: '三、支出决算情况说明', quote: '支出合计107万元' }, sources: [{ line: 310 }] }),
  finding({ rule: 'T03.code-name', family: 'catalog', severity: 'warning', location: { table: 'T03', row: '21015' }, sources: [{ line: 190 }] }),
  finding({
    rule: 'T03.row-sum',
    severity: 'error',
    message: '支出决算表 21015 医疗保障管理事务：基本支出 90.74 + 项目支出 16.23 = 106.97，表中合计 106.98',
    location: { table: 'T03', row: '21015', column: '本年支出合计' },
    expected: '106.97',
    actual: '106.98',
    difference: '0.01',
    tolerance: '0',
    sources: [{ line: 203, column: 3 }, { line: 203, column: 4 }],
  }),
  finding({ rule: 'T01.balance', severity: 'info', message: '收入支出决算总表：尾差 0.01', location: { table: 'T01', row: '收入总计', column: '金额' }, sources: [{ line: 60 }] }),
  finding({ rule: 'C-income-total', family: 'narrative', severity: 'error', location: { section: '一、收入支出决算总体情况说明' }, sources: [{ line: 300 }] }),
  finding({ rule: 'P-rate', family: 'performance', severity: 'warning', location: { section: '项目支出绩效自评表 医保档案' }, sources: [{ line: 500 }] }),
  finding({ rule: 'D-missing-part', family: 'completeness', severity: 'warning', message: '缺少名词解释', location: { document: true } }),
];

const summary: AuditSummary = {
  errors: 2,
  warnings: 4,
  infos: 1,
  rules: { passed: 40, failed: 6, notEvaluable: 1 },
  notEvaluable: [{ rule: 'T07.row-sum', family: 'arithmetic', reason: '政府性基金预算财政拨款收入支出决算表无数据' }],
  reading: { complete: true, incompleteTables: [], unreadNumbers: 0 },
};

describe('groupFindings', () => {
  it('groups by part, then by table in T01…T10 order or by section in reading order', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.part)).toEqual(['表格', '情况说明', '绩效', '全文']);
    expect(groups[0]?.groups.map((g) => g.key)).toEqual(['T01', 'T03']);
    expect(groups[1]?.groups.map((g) => g.key)).toEqual(['一、收入支出决算总体情况说明', '三、支出决算情况说明']);
  });

  it('puts errors first inside a group, then by source line', () => {
    const t03 = groupFindings(findings)[0]?.groups[1];
    expect(t03?.findings.map((f) => f.rule)).toEqual(['T03.row-sum', 'T03.code-name']);
  });

  it('assigns performance findings to 绩效 whatever their location', () => {
    expect(partOf(finding({ rule: 'x', family: 'performance', severity: 'info', location: { table: 'T01' } }))).toBe('绩效');
    expect(groupFindings([])).toEqual([]);
  });
});

describe('formatCheckReport', () => {
  const text = formatCheckReport({ disclosure, findings, summary });

  it('names the document and the file', () => {
    expect(text.split('\n')[0]).toBe('审核报告：示例市医疗保障局 · 2024年度 · 部门决算 · 金额单位：万元');
    expect(text).toContain('文件：seeds/demo.txt');
  });

  it('shows each finding with its table, row name, column, source lines and figures', () => {
    expect(text).toContain('✖ 错误  支出决算表 21015 医疗保障管理事务：基本支出 90.74 + 项目支出 16.23 = 106.97，表中合计 106.98  [T03.row-sum]');
    expect(text).toContain('位置：T03 支出决算表（公开03表） · 行 21015 医疗保障管理事务 · 栏 本年支出合计 · 第203行第3栏、第203行第4栏');
    expect(text).toContain('应为 106.97 · 实为 106.98 · 差额 0.01 · 容差 0');
    expect(text).toContain('位置：三、支出决算情况说明 · “支出合计107万元” · 第310行');
    expect(text).toContain('位置：全文');
  });

  it('prints the parts in order, with group headings', () => {
    const order = ['【表格】', 'T01 收入支出决算总表（公开01表）', 'T03 支出决算表', '【情况说明】', '一、收入支出决算总体情况说明', '三、支出决算情况说明', '【绩效】', '【全文】'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('ends with the summary and the rules that could not be evaluated', () => {
    expect(summaryLine(summary)).toBe('错误 2 个、警告 4 个、提示 1 个；规则：通过 40 条、未通过 6 条、无法评估 1 条');
    expect(text).toContain(`有错误  ${summaryLine(summary)}`);
    expect(text).toContain('无法评估的规则（缺少所需数据，不计为通过）：\n  · T07.row-sum：政府性基金预算财政拨款收入支出决算表无数据\n');
  });

  it('says so when there is nothing to report', () => {
    const clean = formatCheckReport({ disclosure, findings: [], summary: { ...summary, errors: 0, warnings: 0, infos: 0, notEvaluable: [] } });
    expect(clean).toContain('未发现问题。');
    expect(clean).toContain('无错误  错误 0 个');
    expect(clean).not.toContain('无法评估的规则');
  });

  it('has colour only when asked for', () => {
    expect(text).not.toContain('\u001b[');
    const coloured = formatCheckReport({ disclosure, findings, summary }, makePaint(true));
    expect(coloured).toContain('\u001b[31m');
    expect(stripVTControlCharacters(coloured)).toBe(text);
  });
});

describe('formatFactsListing', () => {
  const text = formatFactsListing(disclosure);

  it('lists facts table by table with row names and sources', () => {
    expect(text).toContain('共 3 张表、3 个数字。');
    expect(text).toContain('T03 支出决算表（公开03表）  单位：万元  2 个数字');
    expect(text).toMatch(/21015 医疗保障管理事务 +本年支出合计 +106\.98 +万元 +第203行第3栏/);
  });

  it('marks empty tables with their note', () => {
    expect(text).toContain('T07 政府性基金预算财政拨款收入支出决算表  单位：万元  0 个数字\n  （本表无数据：说明：本单位无政府性基金收支，故本表无数据。）');
  });
});

describe('read status in the reports', () => {
  const partial: Disclosure = {
    ...disclosure,
    tables: disclosure.tables.map((t) =>
      t.id === 'T03' ? { ...t, reading: { status: 'partial', numbers: 4, facts: 2, nonFacts: 0, unread: [{ text: '16.24', source: { line: 204 }, row: '21015' }, { text: '3.00', source: { line: 209 } }] } } : t,
    ),
  };
  const incompleteSummary: AuditSummary = { ...summary, errors: 0, reading: { complete: false, incompleteTables: ['T03'], unreadNumbers: 2 } };

  it('lists the unread numbers of a table, never as blanks', () => {
    const text = formatFactsListing(partial);
    expect(text).toContain('T03 支出决算表（公开03表）  单位：万元  2 个数字  部分未能读取');
    expect(text).toMatch(/未能读取的数字 2 个（不是空白，也不是 0）/);
    expect(text).toMatch(/21015 医疗保障管理事务\s+16\.24\s+第204行/);
    expect(text).toMatch(/（未识别的行）\s+3\.00\s+第209行/);
  });

  it('never calls an incompletely read document free of errors', () => {
    const text = formatCheckReport({ disclosure: partial, findings: [], summary: incompleteSummary });
    expect(text).not.toContain('无错误');
    expect(text).not.toContain('\n未发现问题。');
    expect(text).toContain('审核不完整');
    expect(text).toContain('T03 支出决算表：部分未能读取（已读 2 个，未能读取 2 个：第 204–209 行）');
    expect(text).toContain('1 张表中有 2 个数字未能读取');
  });
});
