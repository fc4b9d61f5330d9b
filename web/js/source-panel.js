/* global document, URLSearchParams */
// The source viewer beside findings and tables: the text lines around a line, the sheet grid around a cell, or
// the PDF page image with the figure's box drawn over it. The source travels in the hash's query with the same
// parameters the API takes (line/column, page/bbox, sheet/cell), so a source view is a link.
import { getJson } from './api.js';
import { errorBox, h, loading, replace } from './dom.js';
import { describeSource } from './labels.js';

const KEYS = ['file', 'line', 'column', 'page', 'bbox', 'sheet', 'cell'];

/** The query parameters naming a source (with its file in a disclosure published in several files). */
export function sourceParams(source) {
  const file = source.file ? { file: source.file } : {};
  if ('line' in source) return source.column ? { ...file, line: source.line, column: source.column } : { ...file, line: source.line };
  if ('page' in source) return { ...file, page: source.page, bbox: source.bbox.join(',') };
  return { ...file, sheet: source.sheet, cell: source.cell };
}

/** A stable text for a source's parameters (to compare the open source with links). */
export const sourceKey = (params) => KEYS.filter((k) => params[k] !== undefined && params[k] !== null && params[k] !== '').map((k) => `${k}=${params[k]}`).join('&');

/** The source named by a route's query, or undefined. */
export function sourceFromQuery(query) {
  const params = {};
  for (const k of KEYS) if (query.get(k)) params[k] = query.get(k);
  const file = params.file ? { file: params.file } : {};
  if (params.line) return { line: Number(params.line), ...(params.column ? { column: Number(params.column) } : {}), ...file };
  if (params.page && params.bbox) return { page: Number(params.page), bbox: params.bbox.split(',').map(Number), ...file };
  if (params.sheet && params.cell) return { sheet: params.sheet, cell: params.cell, ...file };
  return undefined;
}

export function sourceHref(base, source) {
  return `#${base}?${new URLSearchParams(Object.entries(sourceParams(source)).map(([k, v]) => [k, String(v)]))}`;
}

/** Brings `el` to the middle of the panel's own scroll area without scrolling the page. */
function scrollWithin(container, el) {
  if (!container) return;
  const c = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  container.scrollTop += r.top - c.top - (container.clientHeight - r.height) / 2;
}

function textView(view) {
  const list = h('ol', { class: 'src-lines', 'aria-label': '原文' });
  if (view.before) list.append(h('li', { class: 'gap' }, h('span', { class: 'ln' }, '…'), h('span', {}, '（前文略）')));
  for (const line of view.lines) {
    const current = line.line === view.line;
    let body;
    if (line.cells) {
      body = h(
        'span',
        { class: 'cells' },
        line.cells.map((c) => {
          const hit = current && (view.column ? c.column === view.column : false);
          return hit ? h('mark', { class: 'cell src-hl' }, c.text || ' ') : h('span', { class: 'cell' }, c.text);
        }),
      );
      if (current && !view.column) body = h('mark', { class: 'src-hl' }, body);
    } else {
      body = current ? h('mark', { class: 'src-hl' }, line.text) : line.text;
    }
    list.append(
      h(
        'li',
        { class: current ? 'current' : null, 'aria-current': current ? 'true' : null },
        h('span', { class: 'ln' }, line.line),
        h('span', { class: 'tx' }, body),
      ),
    );
  }
  if (view.after) list.append(h('li', { class: 'gap' }, h('span', { class: 'ln' }, '…'), h('span', {}, '（后文略）')));
  return list;
}

function sheetView(view) {
  const at = /^([A-Z]+)(\d+)$/.exec(view.cell);
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'sheet' },
      h('caption', { class: 'sr-only' }, `工作表「${view.sheet}」${view.cell} 附近`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), view.columns.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        view.rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, r.row),
            r.cells.map((text, i) => {
              const hit = at && view.columns[i] === at[1] && String(r.row) === at[2];
              return h('td', { class: hit ? 'src-hl' : null, 'aria-current': hit ? 'location' : null, title: text ?? '' }, text ?? '');
            }),
          ),
        ),
      ),
    ),
  );
}

function pageView(view) {
  const overlay = h('div', { class: 'bbox-overlay', 'aria-hidden': 'true' });
  const img = h('img', { src: view.image, alt: `原文第 ${view.page} 页的图像；框出的是数字所在位置。`, decoding: 'async' });
  const frame = h('div', { class: 'page-frame' }, img, overlay);
  const place = () => {
    // bbox is in PDF units from the top-left corner; the image has dpi/72 pixels per unit.
    const k = view.dpi / 72;
    const [x0, y0, x1, y1] = view.bbox;
    Object.assign(overlay.style, {
      left: `${((x0 * k) / img.naturalWidth) * 100}%`,
      top: `${((y0 * k) / img.naturalHeight) * 100}%`,
      width: `${(((x1 - x0) * k) / img.naturalWidth) * 100}%`,
      height: `${(((y1 - y0) * k) / img.naturalHeight) * 100}%`,
    });
    overlay.dataset.ready = 'true';
    scrollWithin(frame.closest('.source-panel'), overlay);
  };
  if (img.complete && img.naturalWidth) place();
  else img.addEventListener('load', place, { once: true });
  img.addEventListener('error', () => frame.replaceWith(errorBox(new Error(`第 ${view.page} 页的图像无法生成。`))), { once: true });
  return h(
    'figure',
    { class: 'page-figure' },
    frame,
    h(
      'figcaption',
      {},
      view.texts.length
        ? [h('span', { class: 'small muted' }, '框内读到的内容：'), h('ul', { class: 'page-texts' }, view.texts.map((t) => h('li', {}, t)))]
        : h('span', { class: 'small muted' }, '框内没有抽取到数字。'),
      h('a', { class: 'small', href: view.image, target: '_blank', rel: 'noopener' }, '在新窗口打开整页图像'),
    ),
  );
}

export function sourcePanel(disclosureId, { onClose }) {
  const heading = h('h2', { tabindex: '-1', id: 'source-heading' }, '出处');
  const where = h('p', { class: 'muted small' });
  const body = h('div', {});
  const close = h('button', { type: 'button', class: 'secondary', on: { click: () => onClose() } }, '关闭');
  const element = h(
    'aside',
    { class: 'card source-panel', 'aria-labelledby': 'source-heading' },
    h('header', {}, heading, close),
    where,
    body,
  );
  element.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onClose();
  });
  let request = 0;

  async function show(source, { focus = true } = {}) {
    const mine = ++request;
    where.textContent = `原文 ${describeSource(source)}`;
    replace(body, loading('正在打开原文…'));
    if (focus) heading.focus({ preventScroll: true });
    try {
      const params = new URLSearchParams(Object.entries(sourceParams(source)).map(([k, v]) => [k, String(v)]));
      const view = await getJson(`/api/disclosures/${disclosureId}/source?${params}`);
      if (mine !== request) return;
      replace(body, view.kind === 'text' ? textView(view) : view.kind === 'sheet' ? sheetView(view) : pageView(view));
      const hl = body.querySelector('.src-hl');
      if (hl) scrollWithin(element, hl);
      element.dataset.loaded = view.kind;
    } catch (e) {
      if (mine === request) replace(body, errorBox(e));
    }
  }
  return { element, show, isConnected: () => document.contains(element) };
}
