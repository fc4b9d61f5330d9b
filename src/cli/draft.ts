// `juesuan draft <file> --out <file.html|pdf|docx|xlsx>`: the package written from a document's facts (or, with
// --as-read, its own narrative with the tables laid out again), rendered, read back and audited before it is
// written. The file appears only when the read-back facts equal the source's.
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFile } from '../pipeline/analyse.js';
import { OUTPUT_FORMATS, publish, RenderError, type CodeColumns, type DraftedDisclosure, type OutputFormat, type PublishStep } from '../pipeline/publish.js';
import type { Io } from './command.js';
import { INFO_EXAMPLE, readDraftInfo } from './draft-info.js';
import { describeError, errorText } from './errors.js';
import { checkExitCode, EXIT } from './exit.js';
import { isSameFile, writeAtomically } from './output-file.js';
import { summaryLine } from './report.js';

export const DRAFT_USAGE = `用法：juesuan draft <决算文件> --out <输出文件> [--prior <上年文件>] [--info <补充信息.json>] [--as-read] [--code-columns split] [--json]
  根据文件中各标准表的数字起草整套公开文件（部门概况、情况说明、名词解释、空表说明和图表），
  并按输出文件的扩展名排版：.html（可直接打印）、.pdf（需 Chromium）、.docx、.xlsx（每表一个工作表）。
  输入可以是任何能读取的决算文件，也可以是用 juesuan template 生成并填好的模板。
  生成后会把输出文件读回来核对：数字与输入完全一致才写出文件，并报告审核结果。
  --out FILE     输出文件（必填），已存在时覆盖；不能是输入文件本身
  --prior FILE   上年度的决算文件：用于计算与上年相比的增减；不给时这些位置留空待补充
  --info FILE    补充信息（JSON）：表格中没有的内容，如概况、增减的主要原因、年初预算、“三公”批次人次等：
${INFO_EXAMPLE.replace(/^/gm, '                 ')}
  --as-read      不起草：保留原文的情况说明，只把表格按标准表样重新排版
  --code-columns single|split
                 科目编码印成一栏（默认），或按“类、款、项”分成三栏
  --json         输出 JSON 摘要
  文中需要部门补充的内容以【……】标出。
  退出状态：0 成功；1 生成的文件审核有错误；2 输入无法读取或用法有误；3 内部错误（此时不写出文件）。
`;

interface DraftArgs {
  input: string;
  out: string;
  format: OutputFormat;
  prior?: string | undefined;
  info?: string | undefined;
  asRead: boolean;
  codeColumns: CodeColumns;
  json: boolean;
}

function parse(argv: readonly string[]): DraftArgs | { help: true } | string {
  let values: { out?: string; prior?: string; info?: string; 'as-read'?: boolean; 'code-columns'?: string; json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string', short: 'o' },
        prior: { type: 'string' },
        info: { type: 'string' },
        'as-read': { type: 'boolean' },
        'code-columns': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    return `参数有误：${e instanceof Error ? e.message : String(e)}`;
  }
  if (values.help) return { help: true };
  if (positionals.length !== 1) return positionals.length === 0 ? '缺少输入文件。' : `只能给一个输入文件（给了 ${positionals.length} 个）。`;
  if (!values.out) return '缺少 --out 输出文件。';
  const format = extname(values.out).slice(1).toLowerCase();
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) return `输出文件的扩展名应为 ${OUTPUT_FORMATS.map((f) => `.${f}`).join('、')} 之一：${values.out}`;
  const codeColumns = values['code-columns'] ?? 'single';
  if (codeColumns !== 'single' && codeColumns !== 'split') return `--code-columns 应为 single 或 split：${codeColumns}`;
  return { input: positionals[0]!, out: values.out, format: format as OutputFormat, prior: values.prior, info: values.info, asRead: values['as-read'] ?? false, codeColumns, json: values.json ?? false };
}

/** Runs of kind 'gap' and 'figure' in the narrative. */
function tally(drafted: DraftedDisclosure): { sections: number; figures: number; gaps: number } {
  const sections = drafted.parts.flatMap((p) => p.sections);
  const runs = sections.flatMap((s) => s.paragraphs).flat();
  return { sections: sections.length, figures: runs.filter((r) => r.kind === 'figure').length, gaps: runs.filter((r) => r.kind === 'gap').length };
}

const FORMAT_NAME: Record<OutputFormat, string> = { html: 'HTML', pdf: 'PDF', docx: 'Word 文档', xlsx: 'Excel 工作簿' };

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parse(argv);
  if (typeof args === 'string') {
    io.err(`juesuan draft：${args}\n\n${DRAFT_USAGE}`);
    return EXIT.input;
  }
  if ('help' in args) {
    await io.out(DRAFT_USAGE);
    return EXIT.ok;
  }
  if (isSameFile(args.out, [args.input, ...(args.prior ? [args.prior] : []), ...(args.info ? [args.info] : [])])) {
    io.err(`juesuan draft：输出文件 ${args.out} 与输入文件相同，为免覆盖原文件，请换一个输出文件名。\n`);
    return EXIT.input;
  }
  if (await stat(args.out).then((s) => s.isDirectory(), () => false)) {
    io.err(`juesuan draft：输出路径 ${args.out} 是一个目录，请给出文件名。\n`);
    return EXIT.input;
  }

  let step = args.input;
  try {
    io.err(`读取 ${args.input} …\n`);
    const disclosure = await extractFile(args.input);
    step = args.prior ?? step;
    const prior = args.prior ? (io.err(`读取上年文件 ${args.prior} …\n`), await extractFile(args.prior)) : undefined;
    step = args.info ?? step;
    const info = args.info ? await readDraftInfo(args.info) : {};
    step = args.out;
    const STEPS: Record<PublishStep, string> = { draft: args.asRead ? '按原文整理 …' : '起草情况说明 …', render: `排版为 ${FORMAT_NAME[args.format]} …`, 'read-back': '读回核对 …' };
    const { drafted, bytes, check } = await publish(disclosure, args.out, args.format, { ...info, ...(prior ? { prior } : {}), asRead: args.asRead, codeColumns: args.codeColumns }, (s) =>
      io.err(`${STEPS[s]}\n`),
    );
    if (check.differences.length > 0) {
      io.err(
        `juesuan draft：内部错误：生成的文件读回后有 ${check.differences.length} 个数字与输入不一致，未写出 ${args.out}：\n` +
          check.differences.slice(0, 10).map((d) => `  ${d}\n`).join(''),
      );
      return EXIT.internal;
    }
    await writeAtomically(args.out, bytes);
    const counts = tally(drafted);
    const exit = checkExitCode(check);
    if (args.json) {
      await io.out(`${JSON.stringify({ output: args.out, format: args.format, bytes: bytes.byteLength, ...counts, readBack: { matched: check.matched, total: check.total }, summary: check.summary }, null, 2)}\n`);
    } else {
      await io.out(
        [
          `已生成 ${args.out}（${FORMAT_NAME[args.format]}，${Math.ceil(bytes.byteLength / 1024)} KB）`,
          args.asRead
            ? `按原文：${counts.sections} 节文字原样保留，表格按标准表样重排`
            : `起草：${counts.sections} 节，引用数字 ${counts.figures} 个，待补充 ${counts.gaps} 处（文中以【】标出）`,
          `自检：读回 ${check.matched}/${check.total} 个数字一致；审核：${summaryLine(check.summary)}`,
          ...(exit === EXIT.findings ? ['生成的文件审核有错误，请用 juesuan check 查看详情。'] : []),
          '',
        ].join('\n'),
      );
    }
    return exit;
  } catch (e) {
    if (e instanceof RenderError) {
      // A missing browser is the machine's to fix (exit 2); a fact the layout cannot place is ours (exit 3).
      io.err(`juesuan draft：${e.message}\n`);
      return e.code === 'chromium-unavailable' ? EXIT.input : EXIT.internal;
    }
    const info = describeError(e, step);
    io.err(errorText(info));
    return info.exitCode;
  }
}
