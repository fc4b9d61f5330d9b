import { describe, expect, it } from 'vitest';
import { FactSink } from './fact-sink.js';

describe('FactSink', () => {
  it('copies the OCR confidence of a cell to its fact, and nothing for a text-layer cell', () => {
    const sink = new FactSink('T03', '万元');
    sink.add('208', '基本支出', { text: '754.75', source: { page: 10, bbox: [1, 2, 3, 4] }, confidence: 0.42 });
    sink.add('208', '项目支出', { text: '0.00', source: { page: 10, bbox: [1, 2, 3, 4] } });
    expect(sink.facts.map((f) => [f.value, f.confidence])).toEqual([
      ['754.75', 0.42],
      ['0.00', undefined],
    ]);
    expect('confidence' in sink.facts[1]!).toBe(false);
  });
});
