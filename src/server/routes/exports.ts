// Downloads: one disclosure's facts and findings (CSV), its workbook (XLSX), its JSON, its Fiscal Data Package; and
// the facts of every disclosure a filter selects (CSV streamed, with a data package over it).
import { createRoute } from '@hono/zod-openapi';
import type { DisclosureDetail } from '../../store/repository.js';
import { disclosureNotFound } from '../errors.js';
import { dataPackage, disclosureXlsx, factCsvLine, factsCsv, factsCsvHeader, findingsCsv } from '../exports.js';
import { letterDocx, letterPdf, reviewLetter } from '../review-letter.js';
import { attachment } from './attachment.js';
import { DisclosureIdParams, download, errors, json, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import { detailJson } from './disclosures.js';
import { FilterQuery, filterOf, SelectorQuery, selectorOf } from './fields.js';
import { z } from 'zod';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv; charset=utf-8';

const baseName = (d: DisclosureDetail) => [d.department ?? '未知部门', d.year ? `${d.year}年` : '', d.kind].join('');

const DataPackageSchema = z.record(z.string(), z.unknown()).describe('Fiscal Data Package 描述（datapackage.json）');

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

  app.openapi(one('facts.csv', '全部数字（CSV）', download('text/csv', '每行一个数字')), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    return c.body(factsCsv(d), 200, { 'Content-Type': CSV_TYPE, 'Content-Disposition': attachment(`${baseName(d)}-数字.csv`, `juesuan-${d.id}-facts.csv`) });
  });

  app.openapi(one('findings.csv', '审核发现（CSV）', download('text/csv', '每行一个问题')), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    return c.body(findingsCsv(d), 200, { 'Content-Type': CSV_TYPE, 'Content-Disposition': attachment(`${baseName(d)}-审核发现.csv`, `juesuan-${d.id}-findings.csv`) });
  });

  app.openapi(one('export.xlsx', '工作簿（XLSX）', download(XLSX_TYPE, '概况、数字、审核发现和各标准表')), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    const bytes = await disclosureXlsx(d);
    return c.body(bytes.slice().buffer, 200, { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(`${baseName(d)}.xlsx`, `juesuan-${d.id}.xlsx`) });
  });

  app.openapi(one('export.json', '全部内容（JSON 文件）', download('application/json', '与 GET /api/disclosures/{id} 相同')), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    return c.body(`${JSON.stringify(detailJson(d), null, 2)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': attachment(`${baseName(d)}.json`, `juesuan-${d.id}.json`),
    });
  });

  app.openapi(one('datapackage.json', 'Fiscal Data Package 描述', json(DataPackageSchema)), async (c) => {
    const d = await detailOr404(c.req.valid('param').id);
    return c.json(
      dataPackage({
        name: `juesuan-disclosure-${d.id}`,
        title: baseName(d),
        description: `${d.region ? `${d.region} ` : ''}${baseName(d)}公开表格中的全部数字（决算通抽取，规则版本 ${d.rulesVersion}）。`,
        path: 'facts.csv',
        years: d.year ? [d.year] : [],
      }) as Record<string, unknown>,
      200,
    );
  });

  const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
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
      const pages = repo.factRows(filterOf(q), selectorOf(q));
      const encoder = new TextEncoder();
      let headerSent = false;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (!headerSent) {
            headerSent = true;
            controller.enqueue(encoder.encode(factsCsvHeader()));
            return;
          }
          try {
            const { value, done } = await pages.next();
            if (done) controller.close();
            else controller.enqueue(encoder.encode(value.map(factCsvLine).join('')));
          } catch (e) {
            controller.error(e);
          }
        },
        async cancel() {
          await pages.return(undefined);
        },
      });
      return c.body(body, 200, { 'Content-Type': CSV_TYPE, 'Content-Disposition': attachment('决算数字.csv', 'juesuan-facts.csv') });
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
      const years = await repo.aggregate({ groupBy: ['year'], filter: filterOf(q), ...selectorOf(q) });
      const url = new URL(c.req.url);
      const data = new URL(`/api/facts.csv${url.search}`, url);
      return c.json(
        dataPackage({
          name: 'juesuan-facts',
          title: '部门决算公开数字（决算通）',
          description: '筛选出的部门决算公开表格中的全部数字（决算通抽取）。',
          path: data.toString(),
          years: years.flatMap((r) => (typeof r.key.year === 'number' ? [r.key.year] : [])),
        }) as Record<string, unknown>,
        200,
      );
    },
  );
}
