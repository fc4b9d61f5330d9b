// Downloads: one disclosure's facts and findings (CSV), its workbook (XLSX), its JSON, its Fiscal Data Package (a
// zip, or the descriptor alone), its review letter (DOCX, PDF); and the facts of every disclosure a filter selects
// (CSV and a data package streamed, XLSX up to a size a spreadsheet handles well).
import { PassThrough, Readable } from 'node:stream';
import { createRoute } from '@hono/zod-openapi';
import ExcelJS from 'exceljs';
import { Zip, ZipDeflate } from 'fflate';
import { z } from 'zod';
import { excelNumber } from '../../render/xlsx.js';
import type { DisclosureDetail, FactRow } from '../../store/repository.js';
import { ApiError, disclosureNotFound } from '../errors.js';
import { dataPackage, dataPackageZip, disclosureXlsx, factCsvLine, factsCsv, factsCsvHeader, findingsCsv } from '../exports.js';
import { letterDocx, letterPdf, reviewLetter } from '../review-letter.js';
import { codeName, rowLevel } from '../row-names.js';
import { sourcesText, tableName } from '../wording.js';
import { attachment } from './attachment.js';
import { DisclosureIdParams, download, errors, json, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import { detailJson } from './disclosures.js';
import { FilterQuery, filterOf, SelectorQuery, selectorOf } from './fields.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const CSV_TYPE = 'text/csv; charset=utf-8';
/** Beyond this many facts a filtered workbook is refused: CSV and the data package have no such limit. */
export const XLSX_MAX_FACTS = 200_000;

const baseName = (d: DisclosureDetail) => [d.department ?? '未知部门', d.year ? `${d.year}年` : '', d.kind].join('');

const DataPackageSchema = z.record(z.string(), z.unknown()).describe('Fiscal Data Package 描述（datapackage.json）');

const encoder = new TextEncoder();

/** A response body pulled from an async generator, one chunk per pull; a cancelled download stops the generator. */
function streamOf(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** The facts CSV of pages of facts, header first. */
async function* csvChunks(pages: AsyncGenerator<FactRow[]>): AsyncGenerator<Uint8Array> {
  try {
    yield encoder.encode(factsCsvHeader());
    for await (const page of pages) yield encoder.encode(page.map((f) => factCsvLine(f)).join(''));
  } finally {
    await pages.return(undefined);
  }
}

/** A zip written as its parts arrive: each file's chunks are deflated and sent on, never all held at once. */
async function* zipChunks(files: { name: string; chunks: AsyncIterable<Uint8Array> }[]): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    out.push(data);
  });
  for (const file of files) {
    const entry = new ZipDeflate(file.name, { level: 6 });
    zip.add(entry);
    for await (const chunk of file.chunks) {
      entry.push(chunk);
      while (out.length) yield out.shift()!;
    }
    entry.push(new Uint8Array(0), true);
  }
  zip.end();
  while (out.length) yield out.shift()!;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

export function registerExportRoutes(app: ApiApp, deps: ApiDeps): void {
  const { repo } = deps;
  async function detailOr404(id: number): Promise<DisclosureDetail> {
    const detail = await repo.get(id);
    if (!detail) throw disclosureNotFound(id);
    return detail;
  }
  const one = <R extends ReturnType<typeof download> | ReturnType<typeof json>>(path: string, summary: string, response: R) =>
    createRoute({
      method: 'get',
      path: `/api/disclosures/{id}/${path}`,
      tags: ['下载'],
      summary,
      request: { params: DisclosureIdParams },
      responses: { 200: response, ...errors('bad-id', 'not-found') },
    });
  const packageOf = (d: DisclosureDetail, path: string) =>
    dataPackage({
      name: `juesuan-disclosure-${d.id}`,
      title: baseName(d),
      description: `${d.region ? `${d.region} ` : ''}${baseName(d)}公开表格中的全部数字（决算通抽取，规则版本 ${d.rulesVersion}）。`,
      path,
      years: d.year ? [d.year] : [],
    });

  app.openapi(one('facts.csv', '全部数字（CSV，UTF-8 带 BOM，Excel 和 WPS 可直接打开）', download('text/csv', '每行一个数字')), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    return c.body(factsCsv(d), 200, { 'Content-Type': CSV_TYPE, 'Content-Disposition': attachment(`${baseName(d)}-数字.csv`, `juesuan-${d.id}-facts.csv`) });
  });

  app.openapi(one('findings.csv', '审核发现（CSV，含审核标注）', download('text/csv', '每行一个问题')), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    return c.body(findingsCsv(d, await repo.reviewedFindings(d)), 200, {
      'Content-Type': CSV_TYPE,
      'Content-Disposition': attachment(`${baseName(d)}-审核发现.csv`, `juesuan-${d.id}-findings.csv`),
    });
  });

  app.openapi(one('export.xlsx', '工作簿（XLSX）：概况、审核发现、数字，以及按表样排版的各标准表', download(XLSX_TYPE, '工作簿')), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    const bytes = await disclosureXlsx(d, await repo.reviewedFindings(d));
    return c.body(bytes.slice().buffer, 200, { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(`${baseName(d)}.xlsx`, `juesuan-${d.id}.xlsx`) });
  });

  app.openapi(one('export.json', '全部内容（JSON 文件）', download('application/json', '与 GET /api/disclosures/{id} 相同')), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    return c.body(`${JSON.stringify(detailJson(d), null, 2)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': attachment(`${baseName(d)}.json`, `juesuan-${d.id}.json`),
    });
  });

  app.openapi(one('datapackage.json', 'Fiscal Data Package 描述（数据为同目录的 facts.csv）', json(DataPackageSchema)), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    return c.json(packageOf(d, 'facts.csv'), 200);
  });

  app.openapi(one('datapackage.zip', 'Fiscal Data Package（ZIP：datapackage.json 和 facts.csv）', download('application/zip', '数据包')), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    const bytes = dataPackageZip(packageOf(d, 'facts.csv'), factsCsv(d));
    return c.body(bytes.slice().buffer, 200, { 'Content-Type': 'application/zip', 'Content-Disposition': attachment(`${baseName(d)}-数据包.zip`, `juesuan-${d.id}-datapackage.zip`) });
  });

  const letterOf = async (id: number) => {
    const d = await detailOr404(id);
    return { d, letter: reviewLetter(d, await repo.reviewedFindings(d)) };
  };
  app.openapi(one('review-letter.docx', '审核意见书（DOCX）：按严重程度分组的问题、位置、依据、改正方法和审核人意见', download(DOCX_TYPE, '审核意见书')), async (c) => {
    const { d, letter } = await letterOf(c.req.valid('param').id);
    const bytes = await letterDocx(letter);
    return c.body(bytes.slice().buffer, 200, { 'Content-Type': DOCX_TYPE, 'Content-Disposition': attachment(`${baseName(d)}-审核意见书.docx`, `juesuan-${d.id}-review.docx`) });
  });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/disclosures/{id}/review-letter.pdf',
      tags: ['下载'],
      summary: '审核意见书（PDF）',
      request: { params: DisclosureIdParams },
      responses: { 200: download('application/pdf', '审核意见书'), ...errors('bad-id', 'not-found', 'chromium-unavailable', 'pdf-failed') },
    }),
    async (c) => {
      const { d, letter } = await letterOf(c.req.valid('param').id);
      const bytes = await letterPdf(letter);
      return c.body(bytes.slice().buffer, 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': attachment(`${baseName(d)}-审核意见书.pdf`, `juesuan-${d.id}-review.pdf`) });
    },
  );

  const FactsQuery = FilterQuery.extend(SelectorQuery.shape);
  const years = async (q: z.infer<typeof FactsQuery>) =>
    (await repo.aggregate({ groupBy: ['year'], filter: filterOf(q), ...selectorOf(q) })).flatMap((r) => (typeof r.key.year === 'number' ? [r.key.year] : []));
  const FILTERED = { name: 'juesuan-facts', title: '部门决算公开数字（决算通）', description: '筛选出的部门决算公开表格中的全部数字（决算通抽取，只含每个部门、年度的当前版本，除非 versions=all）。' };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/facts.csv',
      tags: ['下载'],
      summary: '筛选出的全部决算的数字（CSV，流式）',
      request: { query: FactsQuery },
      responses: { 200: download('text/csv', '每行一个数字'), ...errors('bad-query') },
    }),
    (c) => {
      const q = c.req.valid('query');
      const body = streamOf(csvChunks(repo.factRows(filterOf(q), selectorOf(q))));
      return c.body(body, 200, { 'Content-Type': CSV_TYPE, 'Content-Disposition': attachment('决算数字.csv', 'juesuan-facts.csv') });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/facts.xlsx',
      tags: ['下载'],
      summary: `筛选出的全部决算的数字（XLSX，至多 ${XLSX_MAX_FACTS.toLocaleString('en-US')} 个数字；更多请下载 CSV）`,
      request: { query: FactsQuery },
      responses: { 200: download(XLSX_TYPE, '每行一个数字'), ...errors('bad-query') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const [count] = await repo.aggregate({ groupBy: [], filter: filterOf(q), ...selectorOf(q) });
      if ((count?.facts ?? 0) > XLSX_MAX_FACTS) {
        throw new ApiError('bad-query', `筛选出的数字有 ${count!.facts} 个，超过工作簿的上限 ${XLSX_MAX_FACTS} 个：请缩小筛选范围，或下载 CSV。`);
      }
      const pass = new PassThrough();
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: pass, useStyles: true, useSharedStrings: false });
      const ws = wb.addWorksheet('数字');
      ws.columns = [
        { header: '决算编号', width: 8 },
        { header: '部门', width: 28 },
        { header: '地区', width: 10 },
        { header: '年度', width: 6 },
        { header: '表', width: 28 },
        { header: '科目编码或行名', width: 16 },
        { header: '科目名称', width: 26 },
        { header: '层级', width: 6 },
        { header: '栏', width: 18 },
        { header: '数值', width: 16 },
        { header: '单位', width: 6 },
        { header: '金额（元）', width: 18 },
        { header: '出处', width: 20 },
      ];
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();
      // Written while the response streams; an error ends the download (the client sees it cut short).
      void (async () => {
        for await (const page of repo.factRows(filterOf(q), selectorOf(q))) {
          for (const f of page) {
            // A number when a double holds it exactly (it then sums in the spreadsheet), else the exact text.
            const n = excelNumber(f.value)?.number ?? f.value;
            const y = f.yuan === undefined ? undefined : (excelNumber(f.yuan)?.number ?? f.yuan);
            ws.addRow([f.disclosureId, f.department, f.region, f.year, tableName(f.table), f.row, codeName(f.table, f.row) ?? '', rowLevel(f.table, f.row), f.column, n, f.unit, y, sourcesText([f.source])]).commit();
          }
        }
        ws.commit();
        await wb.commit();
      })().catch((e) => pass.destroy(e instanceof Error ? e : new Error(String(e))));
      return c.body(Readable.toWeb(pass) as ReadableStream<Uint8Array>, 200, { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment('决算数字.xlsx', 'juesuan-facts.xlsx') });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/datapackage.json',
      tags: ['下载'],
      summary: '筛选出的数字的 Fiscal Data Package 描述（数据为 /api/facts.csv）',
      request: { query: FactsQuery },
      responses: { 200: json(DataPackageSchema), ...errors('bad-query') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const url = new URL(c.req.url);
      return c.json(dataPackage({ ...FILTERED, path: new URL(`/api/facts.csv${url.search}`, url).toString(), years: await years(q) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/datapackage.zip',
      tags: ['下载'],
      summary: '筛选出的数字的 Fiscal Data Package（ZIP：datapackage.json 和 facts.csv，流式）',
      request: { query: FactsQuery },
      responses: { 200: download('application/zip', '数据包'), ...errors('bad-query') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const descriptor = dataPackage({ ...FILTERED, path: 'facts.csv', years: await years(q) });
      const body = streamOf(
        zipChunks([
          { name: 'datapackage.json', chunks: once(encoder.encode(`${JSON.stringify(descriptor, null, 2)}\n`)) },
          { name: 'facts.csv', chunks: csvChunks(repo.factRows(filterOf(q), selectorOf(q))) },
        ]),
      );
      return c.body(body, 200, { 'Content-Type': 'application/zip', 'Content-Disposition': attachment('决算数字-数据包.zip', 'juesuan-datapackage.zip') });
    },
  );
}
