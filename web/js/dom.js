/* global document, Node, setTimeout */
// Building DOM without a framework: h() creates elements with attributes, listeners and children; text always
// goes in as text nodes, so nothing from the server is ever parsed as HTML.

/**
 * h('a', { href: '#/', class: 'x', on: { click } }, '文字', child) → element. Attributes set to null, undefined or
 * false are left out; true sets an empty attribute.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'on') for (const [event, fn] of Object.entries(value)) el.addEventListener(event, fn);
    else if (key === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'value' || key === 'checked' || key === 'selected') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Announces a short text to screen readers (the live region in index.html). */
export function announce(text) {
  const live = document.getElementById('live');
  if (!live) return;
  live.textContent = '';
  // A fresh text node in a later frame is announced even when the text repeats.
  setTimeout(() => (live.textContent = text), 50);
}

/** "1234567.8" → "1,234,567.8": the exact printed decimal with thousands separators (no float conversion). */
export function amount(value) {
  if (value === null || value === undefined || value === '') return '';
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(String(value));
  if (!m) return String(value);
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

export function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1048576).toFixed(1)} MB`;
}

/** Text with every occurrence of `needle` wrapped in <mark>, as nodes (no HTML parsing). */
export function highlighted(text, needle) {
  if (!needle) return [text];
  const out = [];
  const lower = text.toLowerCase();
  const n = needle.toLowerCase();
  let at = 0;
  for (let i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, at)) {
    out.push(text.slice(at, i), h('mark', {}, text.slice(i, i + n.length)));
    at = i + n.length;
  }
  out.push(text.slice(at));
  return out;
}

export function loading(text = '正在加载…') {
  return h('p', { class: 'muted', role: 'status' }, text);
}

export function errorBox(error) {
  return h('div', { class: 'alert error', role: 'alert' }, error?.message ?? String(error));
}

/** The page's title heading, focusable so that navigation can move focus to it. */
export function title(text) {
  return h('h1', { tabindex: '-1' }, text);
}

/** A labelled form control. */
export function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}
