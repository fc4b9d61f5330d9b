import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveInputs } from './inputs.js';

const root = mkdtempSync(join(tmpdir(), 'juesuan-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const touch = (path: string): string => {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, 'x');
  return full;
};

const a = touch('docs/a.txt');
const b = touch('docs/sub/b.PDF');
touch('docs/notes.json');
touch('docs/.hidden/c.txt');
const d = touch('docs/z.docx');
const single = touch('one.bin');
mkdirSync(join(root, 'empty'));

describe('resolveInputs', () => {
  it('keeps a single file as it is, whatever its extension, and not as a batch', async () => {
    expect(await resolveInputs([single])).toEqual({ inputs: [{ file: single }], batch: false });
  });

  it('searches a directory recursively for documents, in a stable order, skipping hidden entries', async () => {
    const { inputs, batch } = await resolveInputs([join(root, 'docs')]);
    expect(batch).toBe(true);
    expect(inputs).toEqual([{ file: a }, { file: b }, { file: d }]);
  });

  it('reports a missing path and an empty directory in place, and lists a file once', async () => {
    const missing = join(root, 'nope.txt');
    const { inputs, batch } = await resolveInputs([a, missing, join(root, 'empty'), a]);
    expect(batch).toBe(true);
    expect(inputs.map((i) => i.file)).toEqual([a, missing, join(root, 'empty')]);
    expect(inputs[1]?.error).toEqual({ code: 'not-found', message: `找不到文件或目录：${missing}`, exitCode: 2 });
    expect(inputs[2]?.error).toMatchObject({ code: 'no-documents', exitCode: 2 });
    expect(inputs[2]?.error?.message).toContain('没有可处理的文件');
  });
});
