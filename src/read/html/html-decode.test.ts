import { describe, expect, it } from 'vitest';
import { encodeGb } from '../../../test/support/write-html.js';
import { declaredCharset, decodeHtml, looksLikeHtml } from './html-decode.js';

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const ascii = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('decodes pages declared gb2312 or gbk as GB18030', () => {
    const page = concat(ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'), encodeGb('收入决算表'), ascii('</body></html>'));
    expect(declaredCharset(page)).toBe('gb2312');
    expect(decodeHtml(page)).toContain('收入决算表');
    expect(decodeHtml(concat(ascii('<meta charset="GBK">'), encodeGb('财政拨款')))).toContain('财政拨款');
  });

  it('trusts valid UTF-8 and BOMs over a wrong declaration, and falls back to GB18030', () => {
    expect(decodeHtml(ascii('<meta charset="gb2312"><p>决算</p>'))).toContain('决算');
    expect(decodeHtml(concat(Uint8Array.of(0xef, 0xbb, 0xbf), ascii('<p>预算</p>')))).toBe('<p>预算</p>');
    expect(decodeHtml(concat(ascii('<p>'), encodeGb('公开01表')))).toBe('<p>公开01表');
  });
});

describe('looksLikeHtml', () => {
  it('recognises pages by their start, after BOM, blanks, comments and an XML declaration', () => {
    expect(looksLikeHtml(ascii('<!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(ascii('\ufeff\n  <!-- saved --><HTML xmlns:o="urn">'))).toBe(true);
    expect(looksLikeHtml(ascii('<?xml version="1.0"?>\n<!doctype html PUBLIC "-//W3C//DTD XHTML 1.0//EN">'))).toBe(true);
    expect(looksLikeHtml(new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from('<html>', 'utf16le'))]))).toBe(true);
    expect(looksLikeHtml(ascii('收入决算表\n<b>合计</b>'))).toBe(false);
    expect(looksLikeHtml(ascii('# <html> in markdown'))).toBe(false);
  });
});
