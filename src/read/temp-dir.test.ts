import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, removeAll, removeTempDir } from './temp-dir.js';

describe('scratch folders', () => {
  it('lives under one folder of this process, removed when done or all at once on exit', async () => {
    const a = await makeTempDir('ocr');
    const b = await makeTempDir('convert');
    expect(dirname(a)).toBe(join(tmpdir(), `juesuan-${process.pid}`));
    expect(dirname(b)).toBe(dirname(a));
    await removeTempDir(a);
    expect(existsSync(a)).toBe(false);
    removeAll();
    expect(existsSync(b)).toBe(false);
    // the process folder is made again for later work
    expect(existsSync(await makeTempDir('ocr'))).toBe(true);
  });

  it('sweeps the folders of processes that were killed before they could clean up', async () => {
    removeAll();
    const dead = join(tmpdir(), 'juesuan-999999999');
    mkdirSync(join(dead, 'ocr-x'), { recursive: true });
    await makeTempDir('ocr');
    expect(existsSync(dead)).toBe(false);
  });
});
