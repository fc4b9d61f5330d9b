import { isElement, type XmlElement } from '../xml/xml-tree.js';

/** WordprocessingML namespaces: transitional (what Word writes) and strict. */
const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/** Whether the element is w:<name>. */
export const isW = (e: XmlElement, name: string): boolean => e.name === name && W.has(e.uri);

/** The first w:<name> child. */
export function wChild(e: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!e) return undefined;
  for (const c of e.children) if (isElement(c) && isW(c, name)) return c;
  return undefined;
}

/** The w:<name> children. */
export const wChildren = (e: XmlElement, name: string): XmlElement[] => e.children.filter((c): c is XmlElement => isElement(c) && isW(c, name));

/** w:val of the first w:<name> child. */
export const wVal = (e: XmlElement | undefined, name: string): string | undefined => wChild(e, name)?.attrs['val'];

/** An on/off property (w:b, w:vanish): present without val, or val not false. */
export function wOnOff(e: XmlElement | undefined, name: string): boolean | undefined {
  const p = wChild(e, name);
  if (!p) return undefined;
  const v = p.attrs['val'];
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

/** An integer attribute value, or the fallback when absent or not a number. */
export function intVal(v: string | undefined, fallback: number): number {
  const n = v === undefined ? Number.NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : fallback;
}
