import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorCodeInfo } from './error-codes.js';

const SRC = resolve(import.meta.dirname, '..');

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* sources(path);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) yield path;
  }
}

describe('error codes', () => {
  it('has an HTTP status and an exit status for every code the code base raises', () => {
    const raised = new Set<string>();
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:new \w*Error|super)\('([a-z-]+)'/g)) raised.add(m[1]!);
    }
    expect(raised.size).toBeGreaterThan(10);
    for (const code of raised) expect(Object.keys(ERROR_CODES), code).toContain(code);
  });

  it('treats a user’s problem as exit 2 and our defect as exit 3', () => {
    expect(errorCodeInfo('not-a-disclosure')).toMatchObject({ http: 422, exit: 2 });
    expect(errorCodeInfo('internal')).toMatchObject({ http: 500, exit: 3 });
    expect(errorCodeInfo('no-such-code')).toMatchObject({ exit: 3 });
  });
});
