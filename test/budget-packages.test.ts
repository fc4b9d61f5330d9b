// The two-file 江苏 packages (../shared/samples/budgets: 省委办公厅 and 政协办公厅 publish the explanation volume and
// the tables as two files): checked together on the command line, or imported one after the other into the store,
// they are one disclosure of the department's year, whose explanation is audited against the tables of the other
// file and whose every fact and claim names its own file.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import type { Disclosure } from '../src/model/disclosure.js';
import { analyseBytes, analyseDisclosure, extractFile } from '../src/pipeline/analyse.js';
import { combinePackages } from '../src/pipeline/packages.js';
import { storeAnalysis } from '../src/pipeline/ingest.js';
import { openStore, type Store } from '../src/store/open.js';
import { SHARED_DIR } from './support/shared-corpus.js';

const BUDGETS = join(SHARED_DIR, 'samples', 'budgets');
const PACKAGES = ['jiangsu-shengweibgt-2017', 'jiangsu-shengweibgt-2018', 'jiangsu-zhengxiebgt-2017', 'jiangsu-zhengxiebgt-2018'];
const files = (id: string) => ({ explanation: join(BUDGETS, `${id}-budget.pdf`), tables: join(BUDGETS, `${id}-budget-tables.pdf`) });
const names = (id: string) => ({ explanation: basename(files(id).explanation), tables: basename(files(id).tables) });

const read = new Map<string, Disclosure>();
async function extract(file: string): Promise<Disclosure> {
  if (!read.has(file)) read.set(file, await extractFile(file));
  return read.get(file)!;
}

describe.skipIf(!existsSync(BUDGETS))('the two-file 江苏 budget packages', () => {
  for (const id of PACKAGES) {
    it(`${id}: the tables and the explanation are one disclosure, audited together`, async () => {
      const [explanation, tables] = [await extract(files(id).explanation), await extract(files(id).tables)];
      const packages = combinePackages([explanation, tables]);
      expect(packages.map((p) => p.from)).toEqual([[0, 1]]);
      const d = packages[0]!.disclosure;
      expect(d.document).toMatchObject({ kind: '部门预算', year: tables.document.year, department: tables.document.department, tables: tables.document.tables });
      expect(d.document.files).toEqual([files(id).explanation, files(id).tables]);
      expect(d.facts).toHaveLength(tables.facts.length);
      expect(new Set(d.facts.map((f) => f.source.file))).toEqual(new Set([files(id).tables]));
      // the explanation's claims, and any a tables file states under its tables, each from its own file
      expect(d.claims.filter((c) => c.source.file === files(id).explanation).length).toBeGreaterThan(0);
      expect(d.claims.filter((c) => c.source.file === files(id).tables)).toHaveLength(tables.claims.length);

      // the explanation's budget figures are checked against the tables only when both are there
      const alone = analyseDisclosure(explanation).summary.notEvaluable.map((n) => n.rule);
      const together = analyseDisclosure(d);
      expect(alone).toContain('N-39');
      expect(together.summary.notEvaluable.map((n) => n.rule)).not.toContain('N-39');
      expect(together.summary.rules.passed).toBeGreaterThan(analyseDisclosure(tables).summary.rules.passed);
    });
  }

  it('juesuan check with both files gives one report naming both files', async () => {
    const { explanation, tables } = files('jiangsu-zhengxiebgt-2018');
    let out = '';
    let err = '';
    const status = await run(['check', '--json', tables, explanation], { out: async (t) => void (out += t), err: (t) => void (err += t), paint: (_s, t) => t });
    const reports = JSON.parse(out) as { file: string; files?: string[]; document: { files?: string[] } }[];
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ file: tables, files: [tables, explanation], document: { files: [tables, explanation] } });
    expect(err).toContain('合并为一份公开');
    expect(status).toBe(0);
  });

  it('juesuan check on two years of one department checks them against each other (检察院: a real 比上年 mismatch)', async () => {
    const [y2017, y2018] = [2017, 2018].map((y) => join(BUDGETS, `jiangsu-jianchayuan-${y}-budget.pdf`));
    let out = '';
    await run(['check', '--json', y2018!, y2017!], { out: async (t) => void (out += t), err: () => undefined, paint: (_s, t) => t });
    const reports = JSON.parse(out) as { file: string; findings: { rule: string; message: string; related?: unknown }[] }[];
    const across = reports.map((r) => r.findings.filter((f) => /^Y-/.test(f.rule)));
    // p.26 of the 2018 budget: "增加 3,958.98 万元", but 21,940.96 − 17,981.68 = 3,959.28
    const total = across[0]!.filter((f) => f.message.includes('3,958.98'));
    expect(total.map((f) => f.rule)).toEqual(['Y-03']);
    expect(total[0]!.message).toContain('jiangsu-jianchayuan-2017-budget.pdf');
    // the same findings as when both are stored (test/cross-document-corpus.test.ts)
    expect(across[0]!.map((f) => f.rule)).toEqual(['Y-03', 'Y-03']);
    expect(across[1]).toEqual([]);
  });

  describe('imported one after the other', () => {
    let store: Store;
    beforeAll(async () => {
      store = await openStore();
    }, 120_000);
    afterAll(() => store.close());

    it('the second file joins the first, in either order; the other year stays its own disclosure', async () => {
      const { repo } = store;
      // as an upload: the file's name and bytes
      const put = async (file: string) => {
        const upload = { name: basename(file), bytes: new Uint8Array(readFileSync(file)) };
        return storeAnalysis(repo, upload, await analyseBytes(upload.name, upload.bytes), 'test');
      };
      const a = files('jiangsu-shengweibgt-2018');
      const first = await put(a.tables);
      expect(await put(a.explanation)).toMatchObject({ id: first.id, joined: true });
      const b = files('jiangsu-shengweibgt-2017');
      const other = await put(b.explanation);
      expect(other.id).not.toBe(first.id);
      expect(await put(b.tables)).toMatchObject({ id: other.id, joined: true });

      const { items } = await repo.list({ versions: 'all' });
      expect(items.map((i) => [i.year, i.kind])).toEqual([
        [2018, '部门预算'],
        [2017, '部门预算'],
      ]);
      const joined = (await repo.get(other.id))!;
      expect(joined.document.files).toEqual([names('jiangsu-shengweibgt-2017').explanation, names('jiangsu-shengweibgt-2017').tables]);
      expect(joined.document.department).toBe('中国共产党江苏省委员会办公厅');
      expect(new Set(joined.facts.map((f) => f.source.file))).toEqual(new Set([names('jiangsu-shengweibgt-2017').tables]));
    });
  });
});
