import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../model/disclosure.js';
import { RULE_FAMILIES } from '../../model/finding.js';
import type { Rule } from '../engine.js';
import { RULES } from './registry.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Every rule file: rules/<family>/<id>.ts (helpers live in <family>/lib/, tests beside their rule). */
const RULE_FILES = readdirSync(HERE, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(HERE, d.name))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(HERE, d.name, f)),
  );

const isRule = (value: unknown): value is Rule => typeof value === 'object' && value !== null && 'id' in value && 'evaluate' in value;

describe('the rule registry', () => {
  it('lists every rule file, each file holding one rule named for its id in its family’s folder', async () => {
    expect(RULE_FILES.length).toBeGreaterThan(0);
    for (const file of RULE_FILES) {
      const exported = Object.values(await import(pathToFileURL(file).href)).filter(isRule);
      const where = file.slice(HERE.length + 1);
      expect(exported, where).toHaveLength(1);
      const rule = exported[0]!;
      expect(rule.id, where).toBe(basename(file, '.ts'));
      expect(rule.family, where).toBe(basename(dirname(file)));
      expect(RULES.includes(rule), `${where} is not in registry.ts`).toBe(true);
      expect(existsSync(file.replace(/\.ts$/, '.test.ts')), `${where} has no test beside it`).toBe(true);
    }
    expect(RULES).toHaveLength(RULE_FILES.length);
  });

  it('uses one id scheme, each id once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(?:[TB]\d{2}|[A-Z])-\d{2}$/);
  });

  it('describes every rule for a reviewer', () => {
    for (const rule of RULES) {
      expect(RULE_FAMILIES).toContain(rule.family);
      for (const field of [rule.title, rule.description, rule.basis, rule.fix]) expect(field, rule.id).toMatch(/\p{Script=Han}/u);
      expect(rule.kinds.length, rule.id).toBeGreaterThan(0);
      for (const kind of rule.kinds) expect(DOCUMENT_KINDS).toContain(kind);
    }
  });
});
