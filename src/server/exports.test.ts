// Downloads opened as their users open them: CSV in Excel/WPS (byte-order mark), the workbook (Chinese labels, each
// standard table as printed with 科目 names), and the Fiscal Data Package (a zip whose descriptor names its files,
// valid under the published profile, with every CSV row castable to its Table Schema).
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/open.js';
import { memoryStore } from '../../test/support/memory-store.js';
import { validateFiscalDataPackage } from '../../test/support/frictionless.js';
import { MINI, MINI_BYTES, variant } from '../../test/support/store-fixtures.js';
import { analyseBytes } from '../pipeline/analyse.js';
import { createApp } from './app.js';

let store: Store;
let app: ReturnType<typeof createApp>;
let id: number;

beforeAll(async () => {
  store = await memoryStore();
  app = createApp({ repo: store.repo, analyser: { rulesVersion: 'x-1', analyse: analyseBytes }, webRoot: false });
  // The mini document with one figure changed: it has findings to export.
  const form = new FormData();
  form.append('file', new File([new TextDecoder().decode(MINI_BYTES).replace('100.00', '100.50')], 'mini-2024.txt'));
  id = ((await (await app.request('/api/disclosures', { method: 'POST', body: form })).json()) as { id: number }).id;
  for (const year of [2022, 2023]) {
    const { file, analysis } = variant({ year });
    await store.repo.importAnalysis(file, analysis, 'x-1');
  }
}, 120_000);
afterAll(async () => {
  await store?.close();
});

const bytesOf = async (path: string): Promise<{ res: Response; bytes: Buffer }> => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
};
const BOM = [0xef, 0xbb, 0xbf];

describe('CSV', () => {
  it('starts every CSV with the UTF-8 byte-order mark, and names rows by their 科目', async () => {
    for (const path of [`/api/disclosures/${id}/facts.csv`, `/api/disclosures/${id}/findings.csv`, '/api/facts.csv', '/api/dashboard.csv']) {
      const { bytes } = await bytesOf(path);
      expect([...bytes.subarray(0, 3)], path).toEqual(BOM);
    }
    const text = (await bytesOf(`/api/disclosures/${id}/facts.csv`)).bytes.subarray(3).toString('utf8');
    const [header, ...rows] = text.trimEnd().split('\r\n');
    expect(header).toBe('disclosure_id,department,region,year,table,table_name,row,row_name,level,class_code,column,value,unit,yuan,source');
    expect(rows).toHaveLength(MINI.disclosure.facts.length);
    expect(rows.some((r) => /,2010101,行政运行,项,201,/.test(r) || /,\d{7},[^,\d][^,]*,项,\d{3},/.test(r))).toBe(true);
    const findings = (await bytesOf(`/api/disclosures/${id}/findings.csv`)).bytes.subarray(3).toString('utf8');
    expect(findings.split('\r\n')[0]).toBe('决算编号,级别,规则,规则类别,位置,问题,应为,实为,差额,允许误差,出处,也由规则发现,审核标注,审核意见,审核人,标注时间');
    expect(findings).not.toMatch(/\{"table"/);
  });
});

describe('XLSX', () => {
  it('labels everything in Chinese, without raw JSON, and lays out each standard table as printed with 科目 names', async () => {
    const { bytes } = await bytesOf(`/api/disclosures/${id}/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual(['概况', '审核发现', '数字', '读取状态']);
    const detail = (await (await app.request(`/api/disclosures/${id}`)).json()) as { tables: { id: string; reading: { unread: unknown[] } }[] };
    const unread = detail.tables.some((t) => t.reading.unread.length > 0);
    expect(names.includes('未读数字')).toBe(unread);
    expect(names.length).toBe(4 + (unread ? 1 : 0) + detail.tables.length);
    const reading = wb.getWorksheet('读取状态')!;
    expect(reading.rowCount).toBe(1 + detail.tables.length);
    expect(String(reading.getRow(2).getCell(3).value)).toMatch(/^(已完整读取|部分未能读取|未能读取|空表)$/);
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = String(cell.value ?? '');
          expect(v, `${ws.name}!${cell.address}`).not.toMatch(/^\s*[[{]"|narrative|arithmetic|cross-table|"table":/);
        }),
      );
    }
    const findings = wb.getWorksheet('审核发现')!;
    expect(findings.getRow(1).values).toContain('位置');
    expect(String(findings.getRow(2).getCell(1).value)).toMatch(/^(错误|警告|提示)$/);
    // 公开03 laid out as printed: its title, and a coded row with its 科目 name beside the code.
    const t03 = wb.worksheets.find((w) => w.name.includes('支出决算表') && !w.name.includes('财政拨款'))!;
    expect(String(t03.getCell('A1').value)).toBe('支出决算表');
    const texts: string[] = [];
    t03.eachRow((row) => row.eachCell((c) => texts.push(String(c.value ?? ''))));
    expect(texts).toContain('科目名称');
    const facts = wb.getWorksheet('数字')!;
    const stored = (await (await app.request(`/api/disclosures/${id}`)).json()) as { facts: { value: string }[] };
    expect(facts.getRow(2).getCell(6).value).toBe(Number(stored.facts[0]!.value));
  });

  it('exports the facts a filter selects as a workbook', async () => {
    const { bytes } = await bytesOf('/api/facts.xlsx?table=T01');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('数字')!;
    expect(ws.getRow(1).getCell(7).value).toBe('科目名称');
    expect(ws.rowCount).toBe(1 + 3 * MINI.disclosure.facts.filter((f) => f.table === 'T01').length);
  });
});

describe('Fiscal Data Package', () => {
  for (const [what, path] of [
    ['one disclosure', () => `/api/disclosures/${id}/datapackage.zip`],
    ['a filter, streamed', () => '/api/datapackage.zip?region=%E6%B5%8B%E8%AF%95'],
  ] as const) {
    it(`is a zip whose datapackage.json names the files it contains, valid as a Fiscal Data Package (${what})`, async () => {
      const { res, bytes } = await bytesOf(path());
      expect(res.headers.get('Content-Type')).toBe('application/zip');
      const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, strFromU8(data)]));
      expect(Object.keys(files).sort()).toEqual(['datapackage.json', 'facts.csv']);
      const descriptor = JSON.parse(files['datapackage.json']!) as Record<string, unknown> & { resources: { path: string }[] };
      expect(descriptor.resources.map((r) => r.path)).toEqual(['facts.csv']);
      expect(await validateFiscalDataPackage(descriptor, files)).toEqual([]);
      const model = descriptor.model as { dimensions: { classification: { attributes: Record<string, unknown> } } };
      expect(Object.keys(model.dimensions.classification.attributes)).toEqual(expect.arrayContaining(['table', 'level', 'row', 'row_name']));
    });
  }

  it('finds what the validator must find: a missing file, a wrong header, a value that is not its type', async () => {
    const { bytes } = await bytesOf(`/api/disclosures/${id}/datapackage.zip`);
    const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, strFromU8(data)]));
    const descriptor = JSON.parse(files['datapackage.json']!) as Record<string, unknown>;
    expect(await validateFiscalDataPackage(descriptor, {})).toEqual([expect.stringContaining('not in the package')]);
    const broken = files['facts.csv']!.replace(/\r\n(\d+),/, '\r\nabc,');
    expect((await validateFiscalDataPackage(descriptor, { 'facts.csv': broken })).join()).toContain('"abc" in column "disclosure_id" is not type "integer"');
    expect((await validateFiscalDataPackage({ ...descriptor, model: { measures: {} } }, files)).join()).toMatch(/Missing required property: dimensions/);
    const renamed = files['facts.csv']!.replace('disclosure_id', 'id');
    expect((await validateFiscalDataPackage(descriptor, { 'facts.csv': renamed })).join()).toContain('header id,');
  });
});
