// What text search looks in, kept as the document prints it so that a snippet quotes it verbatim: table titles, the
// narrative's headings and paragraphs, and the 绩效 texts. Department and region are searched in their own columns,
// classification codes through the facts (a code the document prints only split into 类/款/项 is not text it
// prints).
import type { Disclosure } from '../model/disclosure.js';

export function searchText(d: { tables: readonly { title: string }[]; sections: Disclosure['sections']; performance: Disclosure['performance'] }): string {
  const parts: string[] = [];
  for (const t of d.tables) parts.push(t.title);
  for (const s of d.sections) {
    parts.push(s.path.join(' > '));
    for (const p of s.paragraphs) parts.push(p.text);
  }
  for (const p of d.performance) {
    parts.push(p.name);
    for (const t of p.texts) parts.push(t.text);
  }
  return parts.filter(Boolean).join('\n');
}
