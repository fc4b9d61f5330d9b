// A number read by OCR that breaks an identity which one slip of recognition would mend is more likely misread than
// misprinted (DESIGN.md §3.1): such a failure is reported as a probable misread, for a person to check against the
// image, never as an error in the document.
import Big from 'big.js';
import type { Fact } from '../model/fact.js';
import { LOW_CONFIDENCE } from './ocr-confidence.js';

/** Levenshtein distance of two short strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Whether `read` could be what OCR makes of a printed `alternative`: one character dropped, added or mistaken
 * (5551377.42 read as 5551377.4, 1387.72 as 1381.72), or the same digits with the decimal point elsewhere.
 */
export function plausibleMisread(read: string, alternative: string): boolean {
  if (read === alternative) return false;
  if (distance(read, alternative) <= 1) return true;
  return read.replace('.', '') === alternative.replace('.', '').replace(/^0+(?=\d)/, '') || alternative.replace('.', '') === read.replace('.', '').replace(/^0+(?=\d)/, '');
}

/** A fact read by OCR whose misreading would explain an identity's failure, with the value that mends it. */
export interface SuspectedMisread {
  fact: Fact;
  alternative: string;
}

/**
 * The OCR fact, among an identity's terms, that most plausibly explains its failure: one whose value, changed to
 * what the identity needs (`needed(fact)`, undefined when it cannot be derived), is a plausible misread — or, when
 * none is, one read with low confidence (then without an alternative).
 */
export function suspectMisread(facts: readonly Fact[], needed: (fact: Fact) => Big | undefined): SuspectedMisread | { fact: Fact; alternative?: undefined } | undefined {
  const ocr = facts.filter((f) => f.confidence !== undefined);
  for (const fact of ocr) {
    const value = needed(fact);
    if (value === undefined || value.lt(0)) continue;
    const decimals = Math.max(fact.value.split('.')[1]?.length ?? 0, value.c.length - value.e - 1);
    const alternative = value.toFixed(Math.max(0, decimals));
    if (plausibleMisread(fact.value, alternative)) return { fact, alternative };
  }
  const doubtful = ocr.find((f) => f.confidence! < LOW_CONFIDENCE);
  return doubtful ? { fact: doubtful } : undefined;
}
