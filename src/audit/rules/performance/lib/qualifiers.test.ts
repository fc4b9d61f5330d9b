import { describe, expect, it } from 'vitest';
import { qualifiers } from './qualifiers.js';

describe('figure qualifiers', () => {
  it('reads the nearest qualifiers back within the sentence', () => {
    const text = '职工肾病血液透析患者4人，透析人次为8520次';
    expect(qualifiers(text, text.indexOf('8520'))).toEqual(['职工', '血液', undefined, undefined]);
  });
});
