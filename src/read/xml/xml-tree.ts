import { SaxesParser, type SaxesAttributeNS } from 'saxes';
import { UnsupportedFormatError } from '../../model/errors.js';
import type { Deadline } from '../deadline.js';

/** An element of a parsed XML part, named by its namespace URI and local name; attributes by local name. */
export interface XmlElement {
  uri: string;
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export const isElement = (node: XmlNode | undefined): node is XmlElement => typeof node === 'object';

/** Parsed documents larger than this many nodes are refused (a sane DOCX body has tens of thousands). */
export const MAX_XML_NODES = 5_000_000;
/** Deeper nesting than this is refused (Word nests a few dozen levels; walkers recurse). */
export const MAX_XML_DEPTH = 512;

/**
 * Parses an XML part into a small tree with a strict, non-validating parser: no DTD, no external or custom
 * entities (so no entity expansion attacks), and a bound on the node count.
 */
export function parseXml(file: string, text: string, part: string, deadline?: Deadline, maxNodes = MAX_XML_NODES): XmlElement {
  const root: XmlElement = { uri: '', name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let nodes = 0;
  const parser = new SaxesParser({ xmlns: true, position: false });
  const fail = (what: string): never => {
    throw new UnsupportedFormatError(file, `文档部件 ${part} 不是有效的 XML（${what}）`);
  };
  const add = (node: XmlNode) => {
    if (++nodes > maxNodes) throw new UnsupportedFormatError(file, `文档部件 ${part} 的元素超过 ${maxNodes} 个，已拒绝读取`);
    deadline?.check();
    stack.at(-1)!.children.push(node);
  };
  parser.on('error', (error) => fail(error.message));
  parser.on('doctype', () => fail('不允许 DOCTYPE'));
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes as Record<string, SaxesAttributeNS>)) attrs[attr.local] = attr.value;
    const element: XmlElement = { uri: tag.uri, name: tag.local, attrs, children: [] };
    add(element);
    stack.push(element);
    if (stack.length > MAX_XML_DEPTH) fail(`元素嵌套超过 ${MAX_XML_DEPTH} 层`);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    if (stack.length > 1) add(t);
  });
  parser.on('cdata', (t) => {
    if (stack.length > 1) add(t);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof UnsupportedFormatError) throw error;
    fail((error as Error).message);
  }
  const top = root.children.find(isElement);
  return top ?? fail('没有根元素');
}

/** Child elements, optionally only those with the given local name (and namespace). */
export function childElements(element: XmlElement, name?: string, uri?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name) && (uri === undefined || c.uri === uri));
}

export function firstChild(element: XmlElement | undefined, name: string, uri?: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const c of element.children) if (isElement(c) && c.name === name && (uri === undefined || c.uri === uri)) return c;
  return undefined;
}

/** All descendant elements with the local name, in document order. */
export function descendants(element: XmlElement, name: string, uri?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === name && (uri === undefined || c.uri === uri)) found.push(c);
      visit(c);
    }
  };
  visit(element);
  return found;
}

/** The concatenated text content. */
export function textContent(node: XmlNode): string {
  if (!isElement(node)) return node;
  return node.children.map(textContent).join('');
}
