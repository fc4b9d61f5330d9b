import { parseArgs } from 'node:util';

export const COMMANDS = ['facts', 'check'] as const;
export type Command = (typeof COMMANDS)[number];

/** Commands with options of their own (not a list of documents): each parses its own arguments and has its own help. */
export const TOOLS = ['serve', 'draft', 'template', 'enqueue', 'worker', 'jobs'] as const;
export type Tool = (typeof TOOLS)[number];

/** File extensions collected when a directory is given. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.pdf', '.docx', '.xlsx', '.xls', '.html', '.htm'] as const;

export type ParsedArgs =
  | { kind: 'help'; topic?: Command }
  | { kind: 'run'; command: Command; paths: string[]; json: boolean }
  | { kind: 'tool'; tool: Tool; argv: string[] }
  | { kind: 'usage-error'; message: string };

const isCommand = (word: string): word is Command => (COMMANDS as readonly string[]).includes(word);
const isTool = (word: string): word is Tool => (TOOLS as readonly string[]).includes(word);

/** Parse the command line (without `node` and the script). Never throws. */
export function parseCli(argv: readonly string[]): ParsedArgs {
  const [first, ...others] = argv;
  if (first !== undefined && isTool(first)) return { kind: 'tool', tool: first, argv: others };
  if (first === 'help' && others[0] !== undefined && isTool(others[0])) return { kind: 'tool', tool: others[0], argv: ['--help'] };
  let values: { json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    return { kind: 'usage-error', message: describeParseError(e) };
  }
  const [word, ...rest] = positionals;
  if (word === undefined) {
    return values.help ? { kind: 'help' } : { kind: 'usage-error', message: '缺少命令。' };
  }
  if (word === 'help') {
    const [topic] = rest;
    if (topic === undefined) return { kind: 'help' };
    return isCommand(topic) ? { kind: 'help', topic } : { kind: 'usage-error', message: `未知命令「${topic}」。` };
  }
  if (!isCommand(word)) return { kind: 'usage-error', message: `未知命令「${word}」。` };
  if (values.help) return { kind: 'help', topic: word };
  if (rest.length === 0) return { kind: 'usage-error', message: `命令 ${word} 需要至少一个文件或目录。` };
  return { kind: 'run', command: word, paths: rest, json: values.json ?? false };
}

function describeParseError(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知选项「${option}」。若文件名以 - 开头，请写在 -- 之后。`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `选项「${option}」不接受参数。`;
    default:
      return `参数有误：${message}`;
  }
}

const EXTENSIONS = DOCUMENT_EXTENSIONS.join(' ');

const COMMAND_USAGE: Record<Command, string> = {
  check: `juesuan check <文件或目录>… [--json]
  审核部门决算公开文件：核对表内与表间勾稽、分类编码、情况说明与表格是否一致等，
  按「表格 / 情况说明 / 绩效」分组列出错误、警告和提示，并给出规则通过情况。
  --json    输出 { document, findings, summary }（多个文件时输出逐个文件的结果数组）
  退出状态：0 没有错误；1 发现错误；2 文件无法读取或用法有误；3 内部错误。
`,
  facts: `juesuan facts <文件或目录>… [--json]
  抽取文件中标准表（公开01–10表）的全部数字，逐表列出行、栏、数值、单位和来源位置。
  --json    输出 { document, facts }（多个文件时输出逐个文件的结果数组）
  退出状态：0 成功；2 文件无法读取或用法有误；3 内部错误。
`,
};

/** Chinese usage text: the whole CLI, or one command. */
export function usage(topic?: Command): string {
  if (topic) return `用法：${COMMAND_USAGE[topic]}`;
  return `决算通（juesuan）— 部门决算公开文件的抽取与审核

用法：
  juesuan check <文件或目录>… [--json]   审核文件，列出错误、警告和提示
  juesuan facts <文件或目录>… [--json]   抽取各标准表的全部数字
  juesuan draft <文件> --out <输出文件>   起草并排版整套公开文件（.html .pdf .docx .xlsx，见 juesuan draft --help）
  juesuan template [--out 模板.xlsx]      生成填报模板：每张标准表一个工作表
  juesuan serve [--port N] [--demo]       启动 HTTP 接口和网页门户（见 juesuan serve --help）
  juesuan enqueue <文件或目录>…          存入数据库并排入分析队列（需要 DATABASE_URL）
  juesuan worker [--threads N]           队列工作进程：可在多台机器上运行（需要 DATABASE_URL）
  juesuan jobs [--watch]                 队列进度：已完成、已搁置、排队中，以及处理速度
  juesuan help [命令]                     显示说明（也可用 -h / --help）

选项：
  --json       输出 JSON，供程序使用
  -h, --help   显示说明

可以给出多个文件或目录：目录会被递归查找（${EXTENSIONS}），
所有文件并行处理，进度显示在标准错误输出上，每个文件给出一个结果。

退出状态：0 没有错误；1 check 发现错误；2 输入无法读取或用法有误；3 内部错误（多个文件时取最严重者）。
`;
}
