import { describe, expect, it } from 'vitest';
import { isWide } from './char-width.js';

describe('isWide', () => {
  it('knows wide characters', () => {
    expect(['合', '（', '，', '—', 'a', '1', '.'].map(isWide)).toEqual([true, true, true, true, false, false, false]);
  });
});
