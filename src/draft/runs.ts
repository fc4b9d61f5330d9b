// Building paragraphs out of runs: plain words, figures written from the facts, and gaps only the user can fill.
// Adjacent text runs are merged so renderers see as few runs as the styling needs.
import type { DraftParagraph, DraftRun } from './drafted.js';

export const text = (value: string): DraftRun => ({ kind: 'text', text: value });
export const figure = (value: string): DraftRun => ({ kind: 'figure', text: value });
/** A visible placeholder: "【主要原因：请补充】". The brackets keep its words out of any figure the reader parses. */
export const gap = (what: string): DraftRun => ({ kind: 'gap', text: `【${what}】` });

/** A part of a paragraph: a run, a plain string (text), a nested list of parts, or nothing (skipped). */
export type Part = DraftRun | string | readonly Part[] | undefined | false;

function flatten(parts: readonly Part[], out: DraftRun[]): void {
  for (const part of parts) {
    if (part === undefined || part === false || part === '') continue;
    if (typeof part === 'string') out.push(text(part));
    else if (Array.isArray(part)) flatten(part as readonly Part[], out);
    else out.push(part as DraftRun);
  }
}

/** One paragraph from its parts, adjacent text merged. */
export function paragraph(...parts: Part[]): DraftParagraph {
  const runs: DraftRun[] = [];
  flatten(parts, runs);
  const merged: DraftRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.kind === 'text' && run.kind === 'text') merged[merged.length - 1] = text(last.text + run.text);
    else merged.push(run);
  }
  return merged;
}

/** The paragraph as printed. */
export const paragraphText = (p: DraftParagraph): string => p.map((r) => r.text).join('');

/** Joins items with a separator ("、", "；"), for lists of runs. */
export function joined(items: readonly Part[], separator: string): Part[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}
