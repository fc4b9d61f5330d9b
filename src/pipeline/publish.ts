// The other composition of the data flow (DESIGN.md §2): model → draft → render, and the proof of it — the
// rendered bytes read back through the project's own readers give the same facts, and the audit finds no error
// the draft itself introduced.
import { audit } from '../audit/index.js';
import { asReadDraft } from '../draft/as-read.js';
import { draftDisclosure } from '../draft/draft-disclosure.js';
import type { DraftedDisclosure } from '../draft/drafted.js';
import type { DraftOptions } from '../draft/options.js';
import { extractDisclosure } from '../extract/index.js';
import type { Disclosure } from '../model/disclosure.js';
import { factKey } from '../model/fact.js';
import { readBytes } from '../read/index.js';
import { layoutTables, type CodeColumns } from '../render/table-layout.js';
import type { Analysis } from '../model/analysis.js';

export { RenderError } from '../render/errors.js';
export type { CodeColumns } from '../render/table-layout.js';
export type { DraftedDisclosure } from '../draft/drafted.js';
export { THREE_PUBLIC_COUNTS, type DraftOptions } from '../draft/options.js';
export { renderTemplate } from '../render/template.js';

export const OUTPUT_FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Drafted from the facts, or (`asRead`) the document's own narrative with the tables laid out again. */
export function draftPackage(disclosure: Disclosure, options: DraftOptions & { asRead?: boolean } = {}): DraftedDisclosure {
  const { asRead, ...draftOptions } = options;
  return asRead ? asReadDraft(disclosure) : draftDisclosure(disclosure, draftOptions);
}

export interface RenderOptions {
  /** The function code in one 科目编码 column (default) or split into 类 / 款 / 项 columns. */
  codeColumns?: CodeColumns;
}

/** The package in one format. The renderers load on demand: each brings heavy dependencies (chromium, docx). */
export async function renderPackage(drafted: DraftedDisclosure, format: OutputFormat, options: RenderOptions = {}): Promise<Uint8Array> {
  const tables = layoutTables(drafted, options);
  switch (format) {
    case 'html':
      return new TextEncoder().encode((await import('../render/html.js')).renderHtml(drafted, { tables }));
    case 'pdf':
      return (await import('../render/pdf.js')).renderPdf(drafted, { tables });
    case 'docx':
      return (await import('../render/docx.js')).renderDocx(drafted, { tables });
    case 'xlsx':
      return (await import('../render/xlsx.js')).renderXlsx(drafted, { tables });
  }
}

export interface ReadBack extends Analysis {
  /** Facts of the source found with the same value in the rendering, of all the source's facts. */
  matched: number;
  total: number;
  /** Facts that differ, are missing, or were not in the source: `T03|2101501|基本支出: 24.78 → 24.87`. */
  differences: string[];
}

/** Reads rendered bytes back and compares their facts with the disclosure they were rendered from. */
export async function readBack(name: string, bytes: Uint8Array, source: Disclosure): Promise<ReadBack> {
  const disclosure = extractDisclosure(await readBytes(name, bytes));
  const { findings, summary } = audit(disclosure);
  const got = new Map(disclosure.facts.map((f) => [factKey(f), f.value]));
  const differences: string[] = [];
  let matched = 0;
  for (const f of source.facts) {
    const value = got.get(factKey(f));
    got.delete(factKey(f));
    if (value === f.value) matched++;
    else differences.push(`${factKey(f)}: ${f.value} → ${value ?? '（缺失）'}`);
  }
  for (const [key, value] of got) differences.push(`${key}: （原文没有） → ${value}`);
  return { disclosure, findings, summary, matched, total: source.facts.length, differences };
}

export type PublishStep = 'draft' | 'render' | 'read-back';

export interface Published {
  drafted: DraftedDisclosure;
  bytes: Uint8Array;
  check: ReadBack;
}

/**
 * The publish sequence: draft (or lay out as read), render in `format`, read the rendering back and compare. The
 * caller writes the bytes only when `check.differences` is empty. `onStep` reports each step as it starts.
 */
export async function publish(
  disclosure: Disclosure,
  name: string,
  format: OutputFormat,
  options: DraftOptions & { asRead?: boolean } & RenderOptions = {},
  onStep: (step: PublishStep) => void = () => {},
): Promise<Published> {
  const { codeColumns, ...draftOptions } = options;
  onStep('draft');
  const drafted = draftPackage(disclosure, draftOptions);
  onStep('render');
  const bytes = await renderPackage(drafted, format, codeColumns ? { codeColumns } : {});
  onStep('read-back');
  return { drafted, bytes, check: await readBack(name, bytes, disclosure) };
}
