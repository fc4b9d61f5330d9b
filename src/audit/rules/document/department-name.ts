// The department a package reports on is named on the cover, in part headings ("第二部分 X 2024年度部门决算表")
// and above the tables (部门名称：X). A heading copied from another department's package names the wrong one.
import { defineRule, makeFinding, notEvaluable, type Rule } from '../../engine.js';

export const DEPARTMENT_NAME_RULE: Rule = defineRule(
  { id: 'D-01', family: 'internal', severity: 'warning', title: '文中各处所写部门名称一致' },
  (ctx, rule) => {
    const { department } = ctx.disclosure.document;
    if (!department) return notEvaluable('未能确定文件所属部门');
    const mentions = ctx.disclosure.departmentMentions;
    if (!mentions.length) return notEvaluable('正文和表头中没有再次写明部门名称');
    // a name cut short by a line break above a table ("部门名称：江苏省人大" | "常委会办公厅") names no other department
    const findings = mentions
      .filter((m) => m.name !== department && !department.startsWith(m.name))
      .map((m) =>
        makeFinding(rule, {
          message: `“${m.quote}”写的部门是“${m.name}”，与本文件的部门“${department}”不一致`,
          location: { section: m.quote, quote: m.quote },
          expected: department,
          actual: m.name,
          sources: [m.source],
        }),
      );
    return { checks: mentions.length, findings };
  },
);
