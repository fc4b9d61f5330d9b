// A 决算's 年初预算 against the same year's published 预算: the 情况说明's "年初预算为 X" (the 一般公共预算财政拨款
// total, each 类/款/项, the “三公” figures) and the “三公” table's 预算数. Every statement of one figure is compared with
// the 预算's printing of it, and all statements of a figure that disagree give one finding. The “三公” table's 预算数
// is the 全年预算数 after approved adjustments (its own footnote), so a difference there is a warning, as is a figure
// the text calls only 预算; a figure the text calls 年初预算 must be the published one.
import { TERMS as T } from '../../../model/glossary.js';
import type { ClaimScope } from '../../../model/claim.js';
import type { Location } from '../../../model/finding.js';
import type { Source } from '../../../model/source.js';
import { defineRule, INCOMPLETE_READING, makeFinding, notEvaluable } from '../../engine.js';
import type { AuditContext } from '../../context.js';
import { FINAL_ACCOUNTS } from '../../kinds.js';
import { tableName } from '../../naming.js';
import { claimsOf, documentUnit, explains, resolved, sectionName, subjectName, where } from '../narrative/lib/claims.js';
import { THREE_PUBLIC_COLUMNS } from '../narrative/lib/table-refs.js';
import { claimValue, factValue, inUnitOf, oneLastDigit, restatementTolerance, type Value } from '../narrative/lib/values.js';
import { documentName, missing, ownYearBudget, thisDocumentName } from './lib/counterparts.js';
import { BUDGET_BOOK, figureOf, UNREAD } from './lib/figures.js';

/** One printing, in the 决算, of a budget figure. */
interface Statement {
  value: Value;
  /** The words of a narrative statement ("2,230.80万元"), or the table cell's figure. */
  written: string;
  /** The number as printed and its unit, to show other amounts the same way. */
  printed: { value: string; unit: string };
  location: Location;
  /** Where it was printed, for messages. */
  place: string;
  /** Explicitly the 年初预算 (never adjusted). */
  initial: boolean;
  /** How the subject is named in messages. */
  name: string;
}

/** The budget figures the 决算 prints, by subject and scope. */
function statementsOf(ctx: AuditContext): Map<string, { subject: string; scope: ClaimScope | undefined; statements: Statement[] }> {
  const out = new Map<string, { subject: string; scope: ClaimScope | undefined; statements: Statement[] }>();
  const add = (subject: string, scope: ClaimScope | undefined, statement: Statement) => {
    const threePublic = subject.startsWith('三公:');
    // “三公” figures are the same figures whatever scope the sentence names (财政拨款 in the 决算, 一般公共预算 in the 预算).
    const key = threePublic ? subject : `${subject}\u0000${scope ?? ''}`;
    let entry = out.get(key);
    if (!entry) out.set(key, (entry = { subject, scope: threePublic ? undefined : scope, statements: [] }));
    entry.statements.push(statement);
  };
  const unit = documentUnit(ctx);
  for (const claim of claimsOf(ctx)) {
    if (claim.measure !== 'budget' || claim.period !== '本年' || !explains(claim) || !resolved(claim)) continue;
    // 全年预算 is the budget after adjustments: not the published one. A bare 预算 is compared only for “三公”, whose
    // text restates the table's 预算数.
    if (claim.basis !== '年初' && !(claim.basis === '预算' && claim.subject.startsWith('三公:'))) continue;
    const value = claimValue(claim, unit);
    if (!value) continue;
    add(claim.subject, claim.scope, {
      value,
      written: claim.written,
      printed: claim,
      location: where(claim),
      place: `情况说明“${sectionName(claim)}”`,
      initial: claim.basis === '年初',
      name: subjectName(claim),
    });
  }
  for (const [key, column] of Object.entries(THREE_PUBLIC_COLUMNS)) {
    const { fact } = ctx.cell({ table: 'T09', row: T.budgetAmount, column });
    if (!fact) continue;
    const value = factValue(fact);
    add(`三公:${key}`, undefined, {
      value,
      written: value.shown,
      printed: fact,
      location: { table: 'T09', row: T.budgetAmount, column },
      place: `${tableName('T09')}预算数`,
      initial: false,
      name: key === '合计' ? '“三公”经费合计' : column,
    });
  }
  return out;
}

export const Y_01 = defineRule(
  {
    id: 'Y-01',
    family: 'cross-document',
    severity: 'error',
    title: '决算中的年初预算数与当年公开的预算一致',
    description:
      '决算情况说明中写的年初预算数（一般公共预算财政拨款支出合计、各类款项、“三公”经费）和“三公”经费支出决算表的预算数，应与同一部门当年公开的部门预算（单位预算）中的同一数字一致。',
    basis: '决算所说的年初预算就是年初公开的预算（经人大批准的预算）；“三公”经费表的预算数按表注为调整后的全年预算数，与公开的年初预算不同时应有调整说明。',
    fix: '按当年公开的预算改正决算中写错的年初预算数；预算确经调整的，在情况说明中写明调整后的数和调整原因。',
    kinds: FINAL_ACCOUNTS,
  },
  (ctx, rule) => {
    const budget = ownYearBudget(ctx);
    if (!budget) return notEvaluable(missing(ctx, 'budget'));
    const findings = [];
    let checks = 0;
    let unread = 0;
    for (const { subject, scope, statements } of statementsOf(ctx).values()) {
      const printed = figureOf(budget.ctx, BUDGET_BOOK, subject, scope);
      if (printed === UNREAD) unread++;
      if (!printed || printed === UNREAD) continue;
      const theirs = printed.value;
      const comparable = statements.filter((s) => s.value.money === theirs.money);
      if (!comparable.length) continue;
      checks++;
      const wrong = comparable.filter((s) => s.value.amount.minus(theirs.amount).abs().gt(restatementTolerance(s.value, theirs)));
      if (!wrong.length) continue;
      const first = wrong.find((s) => s.initial) ?? wrong[0]!;
      const adjusted = wrong.every((s) => oneLastDigit(s.value, theirs));
      const difference = first.value.amount.minus(theirs.amount).abs();
      const shown = (amount: typeof difference) => inUnitOf(amount, first.printed, documentUnit(ctx));
      const sources: Source[] = wrong.flatMap((s) => s.value.sources);
      findings.push(
        makeFinding(rule, {
          // Only a figure called 年初预算 must be the published one; the table's 预算数 may be adjusted.
          ...(adjusted || !wrong.some((s) => s.initial) ? { severity: 'warning' as const } : {}),
          message: `${thisDocumentName(ctx)}${wrong.map((s) => `${s.place}称${s.name}${s.initial ? '年初预算' : '预算数'}为${s.written}`).join('；')}，${documentName(budget.ref)}${printed.label}为${theirs.shown}${adjusted ? '，相差末位 1 个单位' : ''}`,
          location: first.location,
          expected: shown(theirs.amount),
          actual: first.written,
          difference: shown(difference),
          tolerance: shown(restatementTolerance(first.value, theirs)),
          sources,
          related: { document: budget.ref, sources: theirs.sources },
        }),
      );
    }
    if (!checks && unread) return notEvaluable(`${INCOMPLETE_READING}：${documentName(budget.ref)}中要核对的数字未能读取`);
    return { checks, findings };
  },
);
