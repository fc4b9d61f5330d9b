// The source viewer's endpoints: what a source shows (text lines, sheet grid, or a page with its box) and the
// page images. Sources come from the disclosure's facts and findings, exactly as stored.
import type { Hono } from 'hono';
import { z } from 'zod';
import { describeSource } from '../model/source.js';
import type { Repository } from '../store/repository.js';
import { ApiError } from './errors.js';
import { disclosureNotFound, pathId } from './portal-ids.js';
import { LayoutCache } from './source-view-layouts.js';
import { PageNotFoundError, PageRenderer, RenderError } from './source-view-pages.js';
import { layoutLines, sheetView, textsInBox, textView, type SourcedText, type SourceView } from './source-view.js';

export interface SourceViewDeps {
  repo: Repository;
  layouts?: LayoutCache;
  pages?: PageRenderer;
}

const int = z.coerce.number().int().min(1).max(10_000_000);
const SourceQuery = z.union([
  z.object({ page: int, bbox: z.string().transform((s, ctx) => {
    const box = s.split(',').map(Number);
    if (box.length !== 4 || box.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: 'bbox' });
      return z.NEVER;
    }
    return box as [number, number, number, number];
  }) }),
  z.object({ line: int, column: int.optional() }),
  z.object({ sheet: z.string().min(1).max(200), cell: z.string().regex(/^[A-Za-z]{1,3}\d{1,7}$/) }),
]);

export function registerSourceViewRoutes(app: Hono, deps: SourceViewDeps): void {
  const layouts = deps.layouts ?? new LayoutCache();
  const pages = deps.pages ?? new PageRenderer();
  const { repo } = deps;

  app.get('/api/disclosures/:id/source', async (c) => {
    const id = pathId(c);
    const parsed = SourceQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ApiError('bad-query', '出处参数无效：应为 line（可加 column）、page 和 bbox（x0,y0,x1,y1），或 sheet 和 cell 之一。');
    const source = parsed.data;
    let view: SourceView | undefined;
    if ('page' in source) {
      const detail = await repo.get(id);
      if (!detail) throw disclosureNotFound(id);
      const items: SourcedText[] = [
        ...detail.facts.map((f) => ({ text: `${f.table} ${f.row} · ${f.column}：${f.value}`, source: f.source })),
        ...detail.sections.flatMap((s) => s.paragraphs.map((p) => ({ text: p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text, source: p.source }))),
      ];
      view = {
        kind: 'page',
        page: source.page,
        bbox: source.bbox,
        image: `/api/disclosures/${id}/pages/${source.page}`,
        dpi: pages.dpi,
        texts: textsInBox(items, source.page, source.bbox),
      };
    } else {
      const file = await repo.file(id);
      if (!file) throw disclosureNotFound(id);
      const layout = await layouts.get(file);
      if ('line' in source) {
        const lines = layoutLines(layout);
        // A line after the document's last line is not in this file (a source from another version of it).
        if (lines.length && lines[lines.length - 1]!.line >= source.line) view = textView(lines, source);
      } else view = sheetView(layout, source);
    }
    if (!view || (view.kind === 'text' && view.lines.length === 0)) {
      throw new ApiError('source-not-found', `原文件中找不到出处「${describeSource(source)}」。`);
    }
    return c.json(view, 200, { 'Cache-Control': 'private, max-age=300' });
  });

  app.get('/api/disclosures/:id/pages/:page', async (c) => {
    const id = pathId(c);
    const page = pathId(c, 'page', '页码');
    const file = await repo.file(id);
    if (!file) throw disclosureNotFound(id);
    if (file.mediaType !== 'application/pdf') throw new ApiError('not-a-pdf', `编号为 ${id} 的决算原文件不是 PDF，没有页面图像。`);
    const etag = `"${file.sha256.slice(0, 32)}-${page}-${pages.dpi}"`;
    const headers = { 'Cache-Control': 'public, max-age=86400', ETag: etag };
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
    let png: Buffer;
    try {
      png = await pages.render(file.sha256, file.bytes, page);
    } catch (e) {
      if (e instanceof PageNotFoundError) throw new ApiError('page-not-found', e.message);
      if (e instanceof RenderError) throw new ApiError('render-failed', e.message);
      throw e;
    }
    return c.body(new Uint8Array(png), 200, { ...headers, 'Content-Type': 'image/png' });
  });
}
