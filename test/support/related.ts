// Rules across documents in tests: a document audited with other documents of its department beside it, as the
// store gathers them.
import { createContext } from '../../src/audit/context.js';
import { runRules, type Rule } from '../../src/audit/engine.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { relatedRef, type RelatedDocument } from '../../src/model/related-document.js';

/** A disclosure as a related document, named by a file name of its own (and a store id, when given). */
export function asRelated(disclosure: Disclosure, file: string, id?: number): RelatedDocument {
  const named = { ...disclosure, document: { ...disclosure.document, file } };
  return { ref: relatedRef(named, id), disclosure: named };
}

export const runAcross = (rules: readonly Rule[], subject: Disclosure, related: readonly RelatedDocument[]): Omit<Analysis, 'disclosure'> => runRules(rules, createContext(subject, related));
