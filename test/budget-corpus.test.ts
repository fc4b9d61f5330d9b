// The real 部门预算 samples (../shared/samples/budgets): every file is recognised as a budget of its department,
// year and unit, every table it prints is read completely, and four of them (two 江苏, two 上海) give exactly the
// golden facts of test/support/budget-golden. Those facts were drafted from the reader's output, then every value
// was matched against its word in `pdftotext -bbox` at the fact's source box and its row against the words printed
// on the same line; rows keyed by a class name or a one-row table's column were checked against the page images.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../src/extract/index.js';
import { isFullyRead } from '../src/model/reading.js';
import { readDocument } from '../src/read/index.js';
import { sameDecimal, SHARED_DIR, type GoldenFacts } from './support/shared-corpus.js';

const BUDGETS = join(SHARED_DIR, 'samples', 'budgets');
const hasBudgets = existsSync(BUDGETS);
/** Golden facts keyed like the reader's: (table, row, column). */
const key = (f: { table: string; row: string; column: string }): string => `${f.table}|${f.row}|${f.column}`;
const golden = (id: string): GoldenFacts => JSON.parse(readFileSync(join(import.meta.dirname, 'support', 'budget-golden', `${id}.facts.json`), 'utf8')) as GoldenFacts;

/** Every sample: department as printed on its tables or cover, year, unit (none for an explanation volume without tables). */
const SAMPLES: Record<string, { department: string; year: number; unit?: string }> = {
  'jiangsu-gaoyuan-2017-budget': { department: '江苏省高级人民法院', year: 2017, unit: '万元' },
  'jiangsu-gaoyuan-2018-budget': { department: '江苏省高级人民法院', year: 2018, unit: '万元' },
  'jiangsu-jianchayuan-2017-budget': { department: '江苏省人民检察院', year: 2017, unit: '万元' },
  'jiangsu-jianchayuan-2018-budget': { department: '江苏省人民检察院', year: 2018, unit: '万元' },
  'jiangsu-rendabgt-2017-budget': { department: '江苏省人大常委会办公厅', year: 2017, unit: '万元' },
  'jiangsu-rendabgt-2018-budget': { department: '江苏省人大常委会办公厅', year: 2018, unit: '万元' },
  'jiangsu-shengweibgt-2017-budget': { department: '江苏省委办公厅', year: 2017 },
  'jiangsu-shengweibgt-2017-budget-tables': { department: '中国共产党江苏省委员会办公厅', year: 2017, unit: '万元' },
  'jiangsu-shengweibgt-2018-budget': { department: '江苏省委办公厅', year: 2018 },
  'jiangsu-shengweibgt-2018-budget-tables': { department: '中共江苏省委办公厅', year: 2018, unit: '万元' },
  'jiangsu-zhengxiebgt-2017-budget': { department: '江苏省政协办公厅', year: 2017 },
  'jiangsu-zhengxiebgt-2017-budget-tables': { department: '江苏省政协办公厅', year: 2017, unit: '万元' },
  'jiangsu-zhengxiebgt-2018-budget': { department: '江苏省政协办公厅', year: 2018 },
  'jiangsu-zhengxiebgt-2018-budget-tables': { department: '江苏省政协办公厅', year: 2018, unit: '万元' },
  'shanghai-putuo-czj-2025-dept-budget': { department: '上海市普陀区财政局', year: 2025, unit: '元' },
  'shanghai-putuo-wanli-2023-dept-budget': { department: '上海市普陀区人民政府万里街道办事处', year: 2023, unit: '元' },
  'shanghai-putuo-wanli-2024-dept-budget': { department: '上海市普陀区人民政府万里街道办事处', year: 2024, unit: '元' },
};
const GOLDEN = ['jiangsu-rendabgt-2018-budget', 'jiangsu-jianchayuan-2017-budget', 'shanghai-putuo-czj-2025-dept-budget', 'shanghai-putuo-wanli-2023-dept-budget'];

const readings = new Map<string, ReturnType<typeof extractDisclosure>>();
/** Each sample is read once: the golden comparison reuses the first test's reading. */
async function read(id: string) {
  const known = readings.get(id);
  if (known) return known;
  const d = extractDisclosure(await readDocument(join(BUDGETS, `${id}.pdf`)));
  readings.set(id, d);
  return d;
}

describe.skipIf(!hasBudgets)('the real budget samples', () => {
  for (const [id, expected] of Object.entries(SAMPLES)) {
    it(`reads ${id} as a 部门预算 of its department and year, every table completely`, async () => {
      const d = await read(id);
      expect(d.document).toMatchObject({ kind: '部门预算', ...expected });
      if (!expected.unit) expect(d.document).not.toHaveProperty('unit');
      const incomplete = d.tables.filter((t) => !isFullyRead(t.reading)).map((t) => `${t.id}: ${t.reading.status}`);
      expect(incomplete).toEqual([]);
      // a package of tables prints them all; an explanation volume prints none
      expect(d.tables.length === 0).toBe(!expected.unit);
    });
  }

  for (const id of GOLDEN) {
    it(`extracts every golden fact of ${id} exactly, and nothing else`, async () => {
      const want = golden(id);
      const d = await read(id);
      expect(d.document).toMatchObject(want.document);
      const mine = new Map(d.facts.map((f) => [key(f), f]));
      const missing = want.facts.filter((g) => !mine.has(key(g))).map(key);
      const wrong = want.facts
        .filter((g) => mine.has(key(g)) && (!sameDecimal(mine.get(key(g))!.value, g.value) || mine.get(key(g))!.unit !== g.unit))
        .map(key);
      const wanted = new Set(want.facts.map(key));
      const extra = d.facts.filter((f) => !wanted.has(key(f))).map(key);
      console.log(`budget ${id}: ${want.facts.length - missing.length - wrong.length}/${want.facts.length} exact, ${wrong.length} wrong, ${missing.length} missing, ${extra.length} extra`);
      expect({ missing, wrong, extra }).toEqual({ missing: [], wrong: [], extra: [] });
    });
  }
});
