import { describe, expect, it } from 'vitest';
import { UnsupportedFormatError } from '../../model/errors.js';
import { childElements, descendants, firstChild, parseXml, textContent } from './xml-tree.js';

describe('parseXml', () => {
  it('names elements by namespace URI and local name, attributes by local name', () => {
    const root = parseXml('a.docx', '<?xml version="1.0"?><x:doc xmlns:x="urn:x" xmlns:y="urn:y"><x:p y:val="1">a<x:t>b</x:t><![CDATA[c]]></x:p><y:p/></x:doc>', 'part.xml');
    expect(root).toMatchObject({ uri: 'urn:x', name: 'doc' });
    const p = firstChild(root, 'p', 'urn:x')!;
    expect(p.attrs).toEqual({ val: '1' });
    expect(textContent(p)).toBe('abc');
    expect(childElements(root, 'p').map((e) => e.uri)).toEqual(['urn:x', 'urn:y']);
    expect(descendants(root, 't')).toHaveLength(1);
  });

  it('refuses DTDs, malformed XML, and too deep or too large trees', () => {
    const billionLaughs = '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><l>&b;</l>';
    expect(() => parseXml('a.docx', billionLaughs, 'word/document.xml')).toThrow(/DOCTYPE/);
    expect(() => parseXml('a.docx', '<a><b></a>', 'word/document.xml')).toThrow(UnsupportedFormatError);
    expect(() => parseXml('a.docx', '<a>'.repeat(1000) + '</a>'.repeat(1000), 'p.xml')).toThrow(/嵌套/);
    expect(() => parseXml('a.docx', `<a>${'<b/>'.repeat(100)}</a>`, 'p.xml', undefined, 50)).toThrow(/a\.docx.*超过 50 个/);
  });
});
