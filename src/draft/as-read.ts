// A package re-rendered as it was read: its own narrative, word for word, with its tables laid out again in the
// standard form (normalised headers, one table per page, no broken lines). Nothing is drafted, so whatever the
// document got wrong stays for its audit to find; this is for publishing a corrected layout, not corrected text.
import type { Disclosure } from '../model/disclosure.js';
import { TERMS as T } from '../model/glossary.js';
import type { Section } from '../model/narrative.js';
import type { DraftedDisclosure, DraftPart, DraftTable } from './drafted.js';

/** Part headings as the regime numbers them (第一部分 …); everything before the first one is the cover's. */
const PART = /^第[一二三四五六七八九十\d]+部分/;

export function asReadDraft(disclosure: Disclosure): DraftedDisclosure {
  const { document } = disclosure;
  const kind = document.kind === T.unitFinalAccounts ? T.unitFinalAccounts : T.departmentFinalAccounts;
  const parts: DraftPart[] = [];
  for (const section of disclosure.sections) {
    if (section.paragraphs.length === 0) continue;
    const [top = '', ...rest] = section.path;
    // A section outside any numbered part (a 绩效 attachment, a preface) becomes a part of its own heading.
    const partHeading = PART.test(top) ? top : (section.path[0] ?? '');
    let part = parts.at(-1);
    if (!part || part.heading !== partHeading) {
      part = { id: `part-${parts.length + 1}`, heading: partHeading, sections: [] };
      parts.push(part);
    }
    const path = PART.test(top) ? rest : section.path.slice(1);
    part.sections.push({
      id: `section-${part.sections.length + 1}`,
      heading: path.at(-1) ?? '',
      level: Math.max(1, path.length),
      paragraphs: paragraphs(section),
    });
  }
  const tables: DraftTable[] = disclosure.tables.map((t) => (t.note ? { id: t.id, note: t.note } : { id: t.id }));
  const year = document.year ? `${document.year}年度` : '';
  return { disclosure, title: `${document.department ?? ''}${year}${kind}`, parts, tables, charts: [] };
}

const paragraphs = (section: Section) => section.paragraphs.map((p) => [{ kind: 'text' as const, text: p.text }]);
