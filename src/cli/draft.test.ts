// `juesuan draft` and `juesuan template` in process, on the project's own fixture (HTML and XLSX need no browser).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../pipeline/analyse.js';
import { captureIo } from '../../test/support/capture-io.js';
import { MINI_DISCLOSURE_PATH } from '../../test/support/mini-disclosure.js';
import { run } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('juesuan draft', () => {
  it('drafts, renders, reads back and reports; the written file checks clean with the same facts', async () => {
    const out = join(dir, 'mini.html');
    const { io, text, errors } = captureIo();
    expect(await run(['draft', MINI_DISCLOSURE_PATH, '--out', out], io)).toBe(0);
    const source = await analyseFile(MINI_DISCLOSURE_PATH);
    expect(text()).toContain(`读回 ${source.disclosure.facts.length}/${source.disclosure.facts.length} 个数字一致`);
    expect(text()).toMatch(/待补充 \d+ 处/);
    expect(errors()).toContain('读回核对');
    const written = await analyseFile(out);
    expect(written.summary.errors).toBe(0);
    expect(written.disclosure.facts.map((f) => [f.table, f.row, f.column, f.value])).toEqual(
      expect.arrayContaining(source.disclosure.facts.map((f) => [f.table, f.row, f.column, f.value])),
    );
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('takes the extra information the tables lack from --info, and answers --json', async () => {
    const info = join(dir, 'info.json');
    writeFileSync(info, JSON.stringify({ overview: '主要职能：负责示例事务的管理。', reasons: { 'income-expenditure-total': '示例项目完工' } }));
    const out = join(dir, 'mini-info.html');
    const { io, text } = captureIo();
    expect(await run(['draft', MINI_DISCLOSURE_PATH, '--out', out, '--info', info, '--json'], io)).toBe(0);
    expect(JSON.parse(text())).toMatchObject({ output: out, format: 'html', readBack: { matched: expect.any(Number) }, summary: { errors: 0 } });
    expect(readFileSync(out, 'utf8')).toContain('负责示例事务的管理');
  });

  it('prints the function code in 类/款/项 columns with --code-columns split, and reads it back the same', async () => {
    const out = join(dir, 'mini-split.html');
    const { io, text } = captureIo();
    expect(await run(['draft', MINI_DISCLOSURE_PATH, '--out', out, '--code-columns', 'split'], io)).toBe(0);
    expect(text()).toMatch(/读回 (\d+)\/\1 个数字一致/);
    expect(readFileSync(out, 'utf8')).toMatch(/>类<[\s\S]*>款<[\s\S]*>项</);
    const bad = captureIo();
    expect(await run(['draft', MINI_DISCLOSURE_PATH, '--out', join(dir, 'w.html'), '--code-columns', 'three'], bad.io)).toBe(2);
  });

  it('keeps the narrative as read with --as-read', async () => {
    const out = join(dir, 'mini-as-read.xlsx');
    const { io, text } = captureIo();
    expect(await run(['draft', MINI_DISCLOSURE_PATH, '--out', out, '--as-read'], io)).toBe(0);
    expect(text()).toContain('按原文');
    expect((await analyseFile(out)).disclosure.sections.length).toBeGreaterThan(0);
  });

  it('refuses, with exit 2 and nothing written: overwriting the input, an unknown format, a bad --info, a missing file', async () => {
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, readFileSync(MINI_DISCLOSURE_PATH));
    // Named .html, so that only the sameness stops it (the reader goes by content, not by extension).
    const named = join(dir, 'copy.html');
    writeFileSync(named, readFileSync(MINI_DISCLOSURE_PATH));
    const cases: [string[], RegExp][] = [
      [['draft', named, '--out', join(dir, '.', 'copy.html')], /与输入文件相同/],
      [['draft', copy, '--out', join(dir, 'x.odt')], /扩展名应为/],
      [['draft', copy], /缺少 --out/],
      [['draft', join(dir, '没有.txt'), '--out', join(dir, 'y.html')], /没有\.txt/],
    ];
    const badInfo = join(dir, 'bad.json');
    writeFileSync(badInfo, '{"initialBudgets": {"合计": "1,000"}}');
    cases.push([['draft', copy, '--out', join(dir, 'z.html'), '--info', badInfo], /bad\.json 的内容有误：initialBudgets\.合计/]);
    for (const [argv, message] of cases) {
      const { io, errors, text } = captureIo();
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(errors()).toMatch(message);
      expect(errors()).not.toMatch(/at .*\.js/);
      expect(text()).toBe('');
    }
    expect(readFileSync(named, 'utf8')).toBe(readFileSync(MINI_DISCLOSURE_PATH, 'utf8'));
    expect(existsSync(join(dir, 'y.html')) || existsSync(join(dir, 'z.html'))).toBe(false);
  });
});

describe('juesuan template', () => {
  it('writes the fill-in workbook once, and will not overwrite it without --force', async () => {
    const out = join(dir, '模板.xlsx');
    const first = captureIo();
    expect(await run(['template', '--out', out, '--department', '示例局', '--year', '2024'], first.io)).toBe(0);
    expect(first.text()).toContain('10 张表');
    const again = captureIo();
    expect(await run(['template', '--out', out], again.io)).toBe(2);
    expect(again.errors()).toContain('已存在');
    const bad = captureIo();
    expect(await run(['template', '--out', join(dir, 't.xlsx'), '--unit', '千元'], bad.io)).toBe(2);
    expect(bad.errors()).toContain('金额单位');
    expect(await run(['template', '--out', out, '--force'], captureIo().io)).toBe(0);
  });
});
