// Disclosures with a narrative, for the narrative extractor and rule tests: a few headed lines of 情况说明 (the
// text format's markdown headings) and, optionally, table facts as in disclosure.ts.
import { createContext } from '../../src/audit/context.js';
import { kindSpec } from '../../src/catalog/kinds/index.js';
import { runRules, type Rule } from '../../src/audit/engine.js';
import type { Analysis } from '../../src/model/analysis.js';
import { extractClaims } from '../../src/extract/narrative/index.js';
import { readSections } from '../../src/extract/sections.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { readText } from '../../src/read/text-reader.js';
import { buildDisclosure, type DisclosureInput } from './disclosure.js';

/** The sections of a text fragment (every line outside tables), as the extractor reads them. */
export function sectionsOf(text: string): Disclosure['sections'] {
  return readSections(readText('fixture.txt', text).blocks, () => false);
}

export interface NarrativeInput extends Partial<DisclosureInput> {
  /** The narrative, one paragraph per line, headings as "## 一、…". */
  text: string;
}

/** A disclosure whose claims are read from `text`; facts and tables as buildDisclosure makes them. */
export function narrativeDisclosure(input: NarrativeInput): Disclosure {
  const base = buildDisclosure({ facts: [], ...input, ...(input.tables ? {} : { tables: [...new Set((input.facts ?? []).map((f) => f.table))] }) });
  const sections = sectionsOf(input.text);
  return { ...base, sections, claims: extractClaims(sections, base.tables, input.year ?? 2024, kindSpec(base.document.kind)?.family) };
}

/** Runs rules over a narrative disclosure. */
export function runNarrative(rules: readonly Rule[], input: NarrativeInput): Omit<Analysis, 'disclosure'> {
  return runRules(rules, createContext(narrativeDisclosure(input)));
}
