import { z } from 'zod';
import { DocumentKindSchema, type Disclosure } from './disclosure.js';

/**
 * Another document of the same department that a check across documents compares with (its 预算 of the year, its
 * package of the year before): which document it is. `id` is the store's id when the documents came from the store.
 */
export const RelatedDocumentRefSchema = z
  .object({
    id: z.number().int().optional().describe('库中的编号'),
    file: z.string().describe('文件名'),
    kind: DocumentKindSchema,
    year: z.number().int().optional(),
    department: z.string().optional(),
  })
  .meta({ id: 'RelatedDocumentRef', description: '跨文件核对所对照的另一份文件' });
export type RelatedDocumentRef = z.infer<typeof RelatedDocumentRefSchema>;

/** A related document as the audit receives it: what it is, and what was read from it. */
export interface RelatedDocument {
  ref: RelatedDocumentRef;
  disclosure: Disclosure;
}

/** The reference of a disclosure, for a finding that cites it. */
export function relatedRef(disclosure: Disclosure, id?: number): RelatedDocumentRef {
  const { file, kind, year, department } = disclosure.document;
  return { ...(id !== undefined ? { id } : {}), file, kind, ...(year !== undefined ? { year } : {}), ...(department ? { department } : {}) };
}
