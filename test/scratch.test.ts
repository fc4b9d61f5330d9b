import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { sourceDocuments } from './support/layout-corpus/sources.js';
import { binaryCases, corpusPrints, textCases } from './support/layout-corpus/cases.js';
import { MINI_SOURCE } from './support/layout-corpus/mini-source.js';

it('dump', async () => {
  const prints = corpusPrints(sourceDocuments());
  for (const c of textCases(prints)) writeFileSync(`/tmp/lc/cases/${c.file}`, c.bytes);
  const mini = prints.filter((p) => p.source === MINI_SOURCE || (p.family.id === 'F1' && p.source.id === '000' && p.variant.id === 'numbers-middle-line') || (p.family.id === 'F2' && p.source.id === '003'));
  for (const c of await binaryCases(mini, { pdf: true, scan: () => false })) writeFileSync(`/tmp/lc/cases/${c.file}`, c.bytes);
}, 600000);
