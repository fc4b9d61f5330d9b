// `juesuan template`: the blank workbook a finance officer fills in, one sheet per standard table; the filled
// workbook is an input like any other (`juesuan check`, `juesuan draft`).
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { renderTemplate } from '../pipeline/publish.js';
import type { Io } from './command.js';
import { EXIT } from './exit.js';
import { writeAtomically } from './output-file.js';

export const TEMPLATE_USAGE = `用法：juesuan template [--out 文件.xlsx] [--department 部门名称] [--year 年度] [--unit 万元|元]
  生成部门决算公开表的填报模板（Excel）：填表说明一页，之后每张标准表（公开01–10表）一个工作表，
  表头和固定行与公开表样一致，科目编码可从下拉列表选择。填好后可直接用 juesuan check 检查，
  用 juesuan draft 起草情况说明并排版成 HTML、PDF、Word 或 Excel。
  --out FILE         输出文件（默认 决算公开表模板.xlsx），已存在时不覆盖，除非加 --force
  --department NAME  预先填好部门名称
  --year N           决算年度（默认上一年）
  --unit 万元|元     金额单位（默认万元）
  --force            覆盖已存在的输出文件
`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let values: { out?: string; department?: string; year?: string; unit?: string; force?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string', short: 'o' },
        department: { type: 'string' },
        year: { type: 'string' },
        unit: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (e) {
    io.err(`juesuan template：参数有误：${e instanceof Error ? e.message : String(e)}\n\n${TEMPLATE_USAGE}`);
    return EXIT.input;
  }
  if (values.help) {
    await io.out(TEMPLATE_USAGE);
    return EXIT.ok;
  }
  const fail = (message: string): number => {
    io.err(`juesuan template：${message}\n`);
    return EXIT.input;
  };
  const out = values.out ?? '决算公开表模板.xlsx';
  if (extname(out).toLowerCase() !== '.xlsx') return fail(`模板是 Excel 工作簿，输出文件的扩展名应为 .xlsx：${out}`);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) return fail(`年度「${values.year}」无效：应为 2000–2100 的整数。`);
  if (values.unit !== undefined && values.unit !== '万元' && values.unit !== '元') return fail(`金额单位「${values.unit}」无效：应为 万元 或 元。`);
  const existing = await stat(out).then((s) => s, () => undefined);
  if (existing?.isDirectory()) return fail(`输出路径 ${out} 是一个目录，请给出文件名。`);
  if (existing && !values.force) return fail(`文件 ${out} 已存在；为免覆盖已填写的内容，未生成模板（确需覆盖请加 --force）。`);

  const { bytes, sheets } = await renderTemplate({
    ...(values.department ? { department: values.department } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(values.unit ? { unit: values.unit as '万元' | '元' } : {}),
  });
  await writeAtomically(out, bytes);
  await io.out(`已生成填报模板 ${out}：填表说明和 ${sheets.length} 张表（${sheets.map((s) => s.table).join('、')}）。\n填好后运行：juesuan check ${out}\n`);
  return EXIT.ok;
}
