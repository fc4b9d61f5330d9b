import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { UnsupportedFormatError } from '../../model/errors.js';
import { readDocument } from '../index.js';
import type { GridBlock } from '../layout.js';
import { convertWithLibreOffice, findSoffice } from './libreoffice.js';

const soffice = findSoffice();
const dir = mkdtempSync(join(tmpdir(), 'juesuan-xls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('convertWithLibreOffice', () => {
  it('says LibreOffice is needed when it is not installed, naming the file', async () => {
    const error = await convertWithLibreOffice('旧表.xls', new Uint8Array(8), 'xls', 'xlsx', 'Excel 工作簿', { soffice: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFormatError);
    expect((error as Error).message).toMatch(/旧表\.xls.*LibreOffice/);
  });

  it('finds LibreOffice through JUESUAN_SOFFICE, or not at all', () => {
    expect(findSoffice({ PATH: '', JUESUAN_SOFFICE: '/nonexistent/soffice' })).toBeUndefined();
  });

  it.skipIf(!soffice)('reads a legacy .xls through LibreOffice (needs libreoffice-calc-nogui)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('公开03表');
    ws.addRows([['支出决算表'], ['科目代码', '科目名称', '本年支出合计'], ['合计', '', 12.5], ['201', '一般公共服务支出', 12.5]]);
    ws.getCell('C3').numFmt = '0.00';
    ws.getCell('C4').numFmt = '0.00';
    const xlsx = join(dir, 'in.xlsx');
    writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'xls', '--outdir', dir, xlsx], { timeout: 120_000, stdio: 'ignore' });
    const xls = join(dir, 'in.xls');
    expect([...readFileSync(xls).subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const layout = await readDocument(xls);
    expect(layout.blocks[0]).toMatchObject({ kind: 'line', text: '支出决算表', source: { sheet: '公开03表', cell: 'A1' } });
    expect((layout.blocks[1] as GridBlock).rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['科目代码', '科目名称', '本年支出合计'],
      ['合计', '', '12.50'],
      ['201', '一般公共服务支出', '12.50'],
    ]);
  }, 180_000);
});
