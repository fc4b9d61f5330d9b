import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { DISCLOSURE_KINDS } from '../../kinds.js';

export const D_01 = defineRule(
  {
    id: 'D-01',
    family: 'internal',
    severity: 'warning',
    title: '文中各处所写部门名称一致',
    description: '封面、标题、表头等各处所写的部门名称应一致。',
    basis: '公开文件应清楚表明是哪个部门的决算。',
    fix: '统一改为本部门的正式名称，核对是否套用了其他部门的文件。',
    kinds: DISCLOSURE_KINDS,
  },
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
