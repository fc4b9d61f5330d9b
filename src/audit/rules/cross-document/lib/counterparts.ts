// Which related document a rule across documents compares with: a 决算's own-year 预算 of the same level (部门 with
// 部门, 单位 with 单位), and the package of the same kind one year earlier. The caller gathers the department's
// documents; which of them count is the audit's knowledge, kept here.
import { budgetKindOf } from '../../../../catalog/kinds/index.js';
import type { DocumentKind } from '../../../../model/disclosure.js';
import { TERMS as T } from '../../../../model/glossary.js';
import type { RelatedDocument, RelatedDocumentRef } from '../../../../model/related-document.js';
import { createContext, type AuditContext } from '../../../context.js';

/** A related document opened for reading: its reference (for findings) and its facts and claims. */
export interface Counterpart {
  ref: RelatedDocumentRef;
  ctx: AuditContext;
}

const open = (related: RelatedDocument): Counterpart => ({ ref: related.ref, ctx: createContext(related.disclosure) });

function find(ctx: AuditContext, kind: DocumentKind | undefined, year: number | undefined): Counterpart | undefined {
  if (!kind || year === undefined) return undefined;
  const found = ctx.related.find((r) => r.disclosure.document.kind === kind && r.disclosure.document.year === year);
  return found && open(found);
}

/** The same year's 预算 of a 决算. */
export const ownYearBudget = (ctx: AuditContext): Counterpart | undefined => find(ctx, budgetKindOf(ctx.disclosure.document.kind), ctx.disclosure.document.year);

/** The same kind of package one year earlier. */
export function previousYear(ctx: AuditContext): Counterpart | undefined {
  const { kind, year } = ctx.disclosure.document;
  return find(ctx, kind, year === undefined ? undefined : year - 1);
}

/** Why a rule across documents cannot run: the document it needs is not among the related ones. */
export function missing(ctx: AuditContext, what: 'budget' | 'previous'): string {
  const { kind, year } = ctx.disclosure.document;
  if (year === undefined) return '文件的年度未能识别，无法找到相关文件';
  if (!ctx.disclosure.document.department) return '文件的部门未能识别，无法找到相关文件';
  const wanted = what === 'budget' ? `${year}年度的${budgetKindOf(kind) ?? T.departmentBudget}` : `${year - 1}年度的${kind}`;
  return ctx.related.length ? `同一部门的相关文件中没有${wanted}` : `没有同一部门的其他文件可对照（需要${wanted}）`;
}

/** How a related document is named in messages: "2018年度部门预算（jiangsu-gaoyuan-2018-budget.pdf）". */
export const documentName = (ref: RelatedDocumentRef): string => `${ref.year !== undefined ? `${ref.year}年度` : ''}${ref.kind}（${baseName(ref.file)}）`;

/** This document named the same way, to open a message: "本部门决算（2018.pdf）：". */
export const thisDocumentName = (ctx: AuditContext): string => {
  const { kind, file } = ctx.disclosure.document;
  return `本${kind}（${baseName(file)}）：`;
};

const baseName = (file: string): string => file.split(/[\\/]/).at(-1) ?? file;
