// The known documents the corpus prints: the built-in fixture always, and the golden documents of ../shared when
// it is there (the three text seeds with tables and the Putuo PDF).
import type { TableId } from '../../../src/model/table-id.js';
import { goldenFacts, hasShared } from '../shared-corpus.js';
import { MINI_SOURCE } from './mini-source.js';
import type { DocumentTruth, TruthFact } from './truth.js';

/** A known document: its info and every fact of its standard tables. */
export interface SourceDocument extends DocumentTruth {
  id: string;
  facts: TruthFact[];
}

/** The golden documents that have tables. */
export const GOLDEN_IDS = ['000', '002', '003', 'putuo-ghzyj-2024-final'] as const;

function goldenSource(id: string): SourceDocument {
  const golden = goldenFacts(id);
  const { department, year, unit, tables } = golden.document;
  return { id, department, year, unit, tables: tables as TableId[], facts: golden.facts.map((f) => ({ ...f, table: f.table as TableId })) };
}

/** The fixture, then the golden documents when ../shared is present. */
export function sourceDocuments(): SourceDocument[] {
  return [MINI_SOURCE, ...(hasShared ? GOLDEN_IDS.map(goldenSource) : [])];
}

/** A short name for case ids: mini, 000, 002, 003, putuo. */
export const shortId = (source: SourceDocument): string => source.id.replace(/-.*$/, '');
