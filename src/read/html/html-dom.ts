import type { DefaultTreeAdapterTypes } from 'parse5';

export type HtmlNode = DefaultTreeAdapterTypes.ChildNode;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlParent = DefaultTreeAdapterTypes.ParentNode;

export const isHtmlElement = (node: HtmlNode | HtmlParent): node is HtmlElement => 'tagName' in node;

export function attr(e: HtmlElement, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

/** Content that is never shown: scripts, styles, the head, form controls, and anything hidden. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'option', 'button', 'input', 'textarea', 'map', 'area', 'canvas', 'audio', 'video']);

export function isInvisible(e: HtmlElement): boolean {
  if (INVISIBLE.has(e.tagName)) return true;
  if (attr(e, 'hidden') !== undefined || attr(e, 'aria-hidden') === 'true') return true;
  const style = attr(e, 'style');
  return style !== undefined && /(?:^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Bold by markup (b, strong, th) or inline style. */
export function isBoldElement(e: HtmlElement): boolean {
  if (e.tagName === 'b' || e.tagName === 'strong' || e.tagName === 'th') return true;
  const style = attr(e, 'style');
  return style !== undefined && /font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(style);
}

/** Elements that start and end a line of their own. */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'caption', 'ul', 'xmp', 'body', 'html',
]);

/** Whether the element has a table among its descendants. */
export function containsTable(e: HtmlElement, depth = 0): boolean {
  if (depth > 400) return false;
  for (const c of e.childNodes) {
    if (!isHtmlElement(c)) continue;
    if (c.tagName === 'table' || containsTable(c, depth + 1)) return true;
  }
  return false;
}
