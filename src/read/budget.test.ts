import { describe, expect, it } from 'vitest';
import { LimitExceededError } from '../model/errors.js';
import { checkLayoutSize, DEFAULT_BUDGET, NodeCounter } from './budget.js';
import { readHtml, DEFAULT_HTML_OPTIONS } from './html/html-reader.js';
import { readBytes } from './index.js';
import type { Layout } from './layout.js';

const encode = (s: string) => new TextEncoder().encode(s);

describe('reading budget', () => {
  it('refuses a layout with more lines and table rows than the budget, naming the limit', () => {
    const layout: Layout = { file: 'big.txt', format: 'text', blocks: Array.from({ length: 11 }, (_, i) => ({ kind: 'line', text: `第${i}行`, source: { line: i + 1 } })) };
    expect(checkLayoutSize(layout, { ...DEFAULT_BUDGET, blocks: 11 })).toBe(layout);
    expect(() => checkLayoutSize(layout, { ...DEFAULT_BUDGET, blocks: 10 })).toThrow(LimitExceededError);
    expect(() => checkLayoutSize(layout, { ...DEFAULT_BUDGET, blocks: 10 })).toThrow(/big\.txt 超过读取上限：文本行和表格行共 11 行，上限为 10 行/);
  });

  it('counts what a parser builds and stops at the limit', () => {
    const counter = new NodeCounter('x.html', 3, 'HTML 页面');
    counter.add(3);
    expect(() => counter.add()).toThrow(/HTML 页面的元素超过 3 个/);
  });

  it('stops parsing an HTML page at the node limit, before its whole tree is built', () => {
    const page = `<html><body>${'<p>一段文字</p>'.repeat(1000)}</body></html>`;
    expect(readHtml('ok.html', encode(page)).blocks.length).toBe(1000);
    expect(() => readHtml('big.html', encode(page), { ...DEFAULT_HTML_OPTIONS, budget: { ...DEFAULT_BUDGET, nodes: 500 } })).toThrow(/big\.html 超过读取上限：HTML 页面的元素超过 500 个/);
    expect(() => readHtml('huge.html', encode(page), { ...DEFAULT_HTML_OPTIONS, budget: { ...DEFAULT_BUDGET, bytes: { ...DEFAULT_BUDGET.bytes, html: 1000 } } })).toThrow(/HTML 页面 0\.0 MB，上限为/);
  });

  it('applies the budget to any format read by content', async () => {
    const text = `${'一行文字\n'.repeat(50)}`;
    await expect(readBytes('t.txt', encode(text), { ...DEFAULT_BUDGET, blocks: 49 })).rejects.toThrow(LimitExceededError);
    await expect(readBytes('t.txt', encode(text), { ...DEFAULT_BUDGET, bytes: { ...DEFAULT_BUDGET.bytes, any: 10 } })).rejects.toThrow(/上限为 0\.0 MB/);
  });
});
