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

  it('takes a small whole number among amounts that print decimals for a 行次, left unread on its row', () => {
    const sink = new FactSink('T01', '万元');
    const cell = (text: string, line: number) => ({ text, source: { line } });
    const moved = cell('59', 5);
    sink.add('本年收入合计', '金额', cell('100.00', 1));
    sink.add('本年支出合计', '金额', cell('100.00', 2));
    sink.add('收入总计', '金额', cell('100.00', 3));
    sink.add('结余分配', '金额', moved);
    sink.unreadStrayRowNumbers();
    expect(sink.facts.map((f) => f.row)).toEqual(['本年收入合计', '本年支出合计', '收入总计']);
    expect(sink.placement(moved)).toEqual({ row: '结余分配', unread: true });
  });

  it('keeps whole amounts where the table prints them that way', () => {
    const sink = new FactSink('T01', '元');
    for (const [k, v] of [['a', '12'], ['b', '30'], ['c', '42.50']] as const) sink.add(k, '金额', { text: v, source: { line: 1 } });
    sink.unreadStrayRowNumbers();
    expect(sink.facts.map((f) => f.value)).toEqual(['12', '30', '42.50']);
  });
});
