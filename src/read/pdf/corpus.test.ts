import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../extract/index.js';
import { factKey } from '../../model/fact.js';
import { corpusDocument, goldenFacts, hasShared, sameDecimal, SKIP_REASON } from '../../../test/support/shared-corpus.js';
import type { GridBlock } from '../layout.js';
import { readDocument } from '../index.js';

describe.skipIf(!hasShared)('golden facts of the PDF samples', () => {
  if (!hasShared) console.warn(SKIP_REASON);

  it('extracts every golden fact of putuo-ghzyj-2024-final exactly, and nothing else', async () => {
    const id = 'putuo-ghzyj-2024-final';
    const golden = goldenFacts(id);
    const layout = await readDocument(corpusDocument(id));
    expect(layout.format).toBe('pdf');
    const d = extractDisclosure(layout);
    expect(d.document).toMatchObject(golden.document);
    const mine = new Map(d.facts.map((f) => [factKey(f), f]));
    const wrong = golden.facts.filter((g) => !sameDecimal(mine.get(factKey(g as never))?.value ?? '', g.value)).map((g) => factKey(g as never));
    expect(wrong).toEqual([]);
    expect(d.facts).toHaveLength(golden.facts.length);
    // every fact points at its page and cell
    const fact = d.facts.find((f) => f.table === 'T03' && f.row === '2120101' && f.column === '项目支出');
    expect(fact?.source).toMatchObject({ page: 11, bbox: expect.any(Array) });
    // the narrative comes as paragraphs, numbers not torn from their unit
    expect(d.sections.flatMap((s) => s.paragraphs).some((p) => /收入支出总计\s*9859\.38\s*万元/.test(p.text))).toBe(true);
  });

  it('reads the Shanghai template: all nine tables found, empty, with their structure', async () => {
    const layout = await readDocument(corpusDocument('shanghai-dept-final-template-2024'));
    const d = extractDisclosure(layout);
    expect(d.document).toMatchObject({ department: '上海市XX局', year: 2024, kind: '部门决算', unit: '万元' });
    expect(d.document.tables).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09']);
    expect(d.facts).toEqual([]);
    const grids = layout.blocks.filter((b): b is GridBlock => b.kind === 'grid');
    const t06 = grids.find((g) => g.rows[0]!.cells.map((c) => c.text).join('|') === '经济分类科目编码|科目名称|决算数|经济分类科目编码|科目名称|决算数');
    expect(t06?.rows.at(-1)!.cells.map((c) => c.text)).toEqual(['人员经费合计', '', '', '公用经费合计', '', '']);
  });
});
