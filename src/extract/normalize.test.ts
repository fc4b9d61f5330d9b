import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, labelKey } from './normalize.js';

describe('compact', () => {
  it('removes whitespace and makes brackets, colons and quotes full-width', () => {
    expect(compact('一般公共 预算\u3000财政拨款(补助):')).toBe('一般公共预算财政拨款（补助）：');
    expect(compact('"三公"经费')).toBe('“三公”经费');
  });

  it('returns text without those characters as it is', () => {
    expect(compact('一般公共预算财政拨款')).toBe('一般公共预算财政拨款');
    expect(compact('1,234.56')).toBe('1,234.56');
  });

  it('gives what the full normalisation gives, for any text', () => {
    const full = (t: string) => t.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：').replace(/"(.*?)"/g, '“$1”');
    const chars = fc.constantFrom('a', '决', ' ', '\u3000', '\t', '\n', '(', ')', ':', '"', '（', '1', '.');
    fc.assert(fc.property(fc.array(chars, { maxLength: 20 }).map((cs) => cs.join('')), (text) => compact(text) === full(text)));
  });
});

describe('labelKey', () => {
  it('drops a leading ordinal after compacting', () => {
    expect(labelKey('九、 卫生健康支出')).toBe('卫生健康支出');
  });
});
