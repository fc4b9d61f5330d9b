import { describe, expect, it } from 'vitest';
import { buildDisclosure } from '../../../../test/support/disclosure.js';
import { audit } from '../../index.js';

describe('D-01 文中各处所写部门名称一致', () => {
  const base = buildDisclosure({ facts: [] });
  const withMentions = (names: string[]) => ({
    ...base,
    document: { ...base.document, department: '上海市普陀区规划和自然资源局' },
    departmentMentions: names.map((name, i) => ({ name, quote: `${name}2024年度部门决算表`, source: { line: i + 1 } })),
  });
  const d01 = (d: ReturnType<typeof withMentions>) => audit(d).findings.filter((f) => f.rule === 'D-01');

  it('passes when every mention names the department', () => {
    expect(d01(withMentions(['上海市普陀区规划和自然资源局']))).toEqual([]);
  });

  it('flags a heading that names another department', () => {
    const [finding] = d01(withMentions(['上海市普陀区规划和自然资源局', '上海市规划和自然资源局']));
    expect(finding).toMatchObject({ severity: 'warning', actual: '上海市规划和自然资源局', sources: [{ line: 2 }] });
  });
});
