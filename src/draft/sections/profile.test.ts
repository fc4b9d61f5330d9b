import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../../test/support/draft-fixtures.js';
import { DraftContext } from '../context.js';
import { paragraphText } from '../runs.js';
import { profile } from './profile.js';

describe('第一部分 部门概况', () => {
  it('uses the text the user gives, one paragraph per line', () => {
    const [s] = profile(new DraftContext(draftFixture(), { overview: '负责全县医疗保障工作。\n\n内设办公室、基金监管股。' }));
    expect(s!.paragraphs.map((p) => p.map((r) => r.kind))).toEqual([['text'], ['text']]);
    expect(s!.paragraphs.map(paragraphText)).toEqual(['负责全县医疗保障工作。', '内设办公室、基金监管股。']);
  });

  it('is a pair of visible gaps otherwise', () => {
    const sections = profile(new DraftContext(draftFixture()));
    expect(sections.map((s) => s.heading)).toEqual(['一、部门职责', '二、机构设置']);
    expect(sections.flatMap((s) => s.paragraphs.flat()).every((r) => r.kind === 'gap')).toBe(true);
  });
});
