import { describe, expect, it } from 'vitest';
import { paragraphText } from '../runs.js';
import { DEFINITIONS, glossary } from './glossary.js';

describe('名词解释', () => {
  it('numbers every definition and states no figure', () => {
    const [only] = glossary();
    const lines = only!.paragraphs.map(paragraphText);
    expect(lines).toHaveLength(DEFINITIONS.length);
    expect(lines[0]).toMatch(/^一、财政拨款收入：指/);
    expect(lines[10]).toMatch(/^十一、基本支出：/);
    // a definition with a digit would be read as a claim about the package
    for (const line of lines) expect(line.replace(/^[一二三四五六七八九十]+、/, '')).not.toMatch(/\d/);
  });
});
