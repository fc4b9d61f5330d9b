// The source viewer: what a source shows (the text lines around a line, the sheet grid around a cell, or a PDF
// page with its box and what was read inside it), and the page images. Sources come from the facts and findings.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { describeSource } from '../../model/source.js';
import { ApiError, disclosureNotFound } from '../errors.js';
import { PageNotFoundError, RenderError } from '../source-view-pages.js';
import { layoutLines, sheetView, SourceViewSchema, textsInBox, textView, type SourcedText, type SourceView } from '../source-view.js';
import { DisclosureIdParams, download, errors, idParam, json, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import type { StoredFile } from '../../store/repository.js';

const int = z.coerce.number().int().min(1).max(10_000_000);
const SOURCE_HINT = '出处应为 line（可加 column）、page 和 bbox（x0,y0,x1,y1），或 sheet 和 cell 之一';
/** The file of a disclosure published in several files that a source is in (Source.file); its first file when absent. */
const FileQuery = z.string().min(1).max(1000).optional().describe('分多个文件发布的公开中，出处所在文件的文件名（缺省为第一个文件）');
const SourceQuery = z
  .object({
    line: int.optional().describe('文本行号（从 1 起）'),
    column: int.optional().describe('行内第几栏（制表符分隔）'),
    page: int.optional().describe('PDF 页码（从 1 起）'),
    bbox: z
      .string()
      .regex(/^-?[\d.]+(,-?[\d.]+){3}$/)
      .optional()
      .describe('页面上的框：x0,y0,x1,y1（PDF 单位，从左上角起）'),
    file: FileQuery,
    sheet: z.string().min(1).max(200).optional().describe('工作表名'),
    cell: z
      .string()
      .regex(/^[A-Za-z]{1,3}\d{1,7}$/)
      .optional()
      .describe('单元格，如 C12'),
  })
  .describe(SOURCE_HINT);

const PageParams = DisclosureIdParams.extend({ page: idParam('页码') });

export function registerSourceRoutes(app: ApiApp, deps: ApiDeps): void {
  const { repo, layouts, pages } = deps;

  /** The file of a disclosure a source names (its first file when the source names none). */
  async function fileOf(id: number, name: string | undefined): Promise<StoredFile> {
    const file = await repo.file(id, name);
    if (file) return file;
    if (name === undefined || !(await repo.summary(id))) throw disclosureNotFound(id);
    throw new ApiError('source-not-found', `编号为 ${id} 的公开没有名为「${name}」的文件。`);
  }
  /** The page count of a PDF file (undefined for other files), read once per file. */
  async function pageCount(file: StoredFile): Promise<number | undefined> {
    if (file.mediaType !== 'application/pdf') return undefined;
    return pages.pageCount(file.sha256, () => Promise.resolve(file.bytes));
  }
  const noSuchPage = (page: number, count: number) => new ApiError('page-not-found', `原文件只有 ${count} 页，没有第 ${page} 页。`);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/disclosures/{id}/source',
      tags: ['门户'],
      summary: '出处：文本行附近的原文、工作表单元格附近的表格，或 PDF 页面与框',
      request: { params: DisclosureIdParams, query: SourceQuery },
      responses: { 200: json(SourceViewSchema), ...errors('bad-id', 'bad-query', 'not-found', 'source-not-found', 'page-not-found') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const bad = () => new ApiError('bad-query', `出处参数无效：${SOURCE_HINT}。`);
      let view: SourceView | undefined;
      if (q.page !== undefined) {
        if (q.bbox === undefined) throw bad();
        const bbox = q.bbox.split(',').map(Number) as [number, number, number, number];
        const file = await fileOf(id, q.file);
        const count = await pageCount(file);
        if (count === undefined) throw new ApiError('source-not-found', `编号为 ${id} 的决算原文件不是 PDF，没有第 ${q.page} 页。`);
        if (q.page > count) throw noSuchPage(q.page, count);
        const detail = (await repo.get(id))!;
        const items: SourcedText[] = [
          ...detail.facts.map((f) => ({ text: `${f.table} ${f.row} · ${f.column}：${f.value}`, source: f.source })),
          ...detail.sections.flatMap((s) => s.paragraphs.map((p) => ({ text: p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text, source: p.source }))),
        ].filter((item) => item.source.file === q.file);
        const image = `/api/disclosures/${id}/pages/${q.page}${q.file === undefined ? '' : `?${new URLSearchParams({ file: q.file })}`}`;
        view = { kind: 'page', page: q.page, bbox, image, dpi: pages.dpi, texts: textsInBox(items, q.page, bbox) };
      } else if (q.line !== undefined || (q.sheet !== undefined && q.cell !== undefined)) {
        const layout = await layouts.get(await fileOf(id, q.file));
        if (q.line !== undefined) {
          const lines = layoutLines(layout);
          // A line after the document's last line is not in this file (a source from another version of it).
          if (lines.length && lines[lines.length - 1]!.line >= q.line) view = textView(lines, { line: q.line, column: q.column });
        } else view = sheetView(layout, { sheet: q.sheet!, cell: q.cell! });
      } else throw bad();
      if (!view || (view.kind === 'text' && view.lines.length === 0)) {
        const source = { ...(q.line !== undefined ? { line: q.line } : { sheet: q.sheet!, cell: q.cell! }), ...(q.file === undefined ? {} : { file: q.file }) };
        throw new ApiError('source-not-found', `原文件中找不到出处「${describeSource(source)}」。`);
      }
      return c.json(view, 200, { 'Cache-Control': 'private, max-age=300' });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/disclosures/{id}/pages/{page}',
      tags: ['门户'],
      summary: 'PDF 原文件一页的图像（PNG）',
      request: { params: PageParams, query: z.object({ file: FileQuery }) },
      responses: { 200: download('image/png', '页面图像'), 304: { description: '未改变' }, ...errors('bad-id', 'not-found', 'source-not-found', 'not-a-pdf', 'page-not-found', 'render-failed') },
    }),
    async (c) => {
      const { id, page } = c.req.valid('param');
      const file = await fileOf(id, c.req.valid('query').file);
      if (file.mediaType !== 'application/pdf') throw new ApiError('not-a-pdf', `编号为 ${id} 的决算原文件不是 PDF，没有页面图像。`);
      const etag = `"${file.sha256.slice(0, 32)}-${page}-${pages.dpi}"`;
      const headers = { 'Cache-Control': 'public, max-age=86400', ETag: etag };
      if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
      const count = await pages.pageCount(file.sha256, () => Promise.resolve(file.bytes));
      if (page > count) throw noSuchPage(page, count);
      let png: Buffer;
      try {
        png = await pages.render(file.sha256, file.bytes, page);
      } catch (e) {
        if (e instanceof PageNotFoundError) throw new ApiError('page-not-found', e.message);
        if (e instanceof RenderError) throw new ApiError('render-failed', e.message);
        throw e;
      }
      return c.body(new Uint8Array(png), 200, { ...headers, 'Content-Type': 'image/png' });
    },
  );
}
