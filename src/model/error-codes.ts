// Every error code the product reports, with the HTTP status the API answers it with and the exit status the CLI
// ends with: one table, used by src/server (errors.ts) and src/cli (exit.ts). An error is always
// `{ error: { code, message } }` with the message in Chinese.
import { z } from 'zod';

export interface ErrorCodeInfo {
  http: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 500 | 503 | 507;
  /** 2: the input or the request is at fault; 3: a defect of juesuan (see cli/exit.ts). */
  exit: 2 | 3;
  /** What the code means, in Chinese (shown in the API description). */
  means: string;
}

export const ERROR_CODES = {
  'not-found': { http: 404, exit: 2, means: '文件、决算、部门或接口不存在' },
  'no-documents': { http: 404, exit: 2, means: '目录中没有可读取的文件' },
  'empty-file': { http: 400, exit: 2, means: '文件是空的' },
  'unreadable-file': { http: 400, exit: 2, means: '文件无法读取' },
  'unsupported-format': { http: 415, exit: 2, means: '格式无法识别或暂不支持' },
  'not-a-disclosure': { http: 422, exit: 2, means: '不是决算公开文件' },
  'truncated-document': { http: 422, exit: 2, means: '文件不完整' },
  'unprocessable-file': { http: 422, exit: 2, means: '文件内容损坏或与类型不符' },
  'over-limit': { http: 413, exit: 2, means: '文件超过读取上限（字节、解析节点、页数、OCR 页数或时间）' },
  'file-too-large': { http: 413, exit: 2, means: '文件超过上传上限' },
  'not-multipart': { http: 400, exit: 2, means: '上传不是 multipart/form-data' },
  'bad-multipart': { http: 400, exit: 2, means: 'multipart 内容无法解析' },
  'missing-file': { http: 400, exit: 2, means: '没有收到文件' },
  'too-many-files': { http: 400, exit: 2, means: '一次上传了多个文件（每次只收一个）' },
  'bad-query': { http: 400, exit: 2, means: '查询参数无效' },
  'bad-id': { http: 400, exit: 2, means: '编号无效' },
  'bad-body': { http: 400, exit: 2, means: '请求内容无效' },
  usage: { http: 400, exit: 2, means: '命令行用法有误' },
  'bad-info': { http: 400, exit: 2, means: '起草用的补充信息文件有误' },
  unauthorized: { http: 401, exit: 2, means: '写入需要访问令牌' },
  'cross-origin': { http: 403, exit: 2, means: '拒绝来自其他网站的写入' },
  'token-required': { http: 500, exit: 2, means: '对外服务时必须设置访问令牌' },
  'finding-not-found': { http: 404, exit: 2, means: '这份决算没有这条审核发现' },
  'source-not-found': { http: 404, exit: 2, means: '原文件中没有这个出处' },
  'page-not-found': { http: 404, exit: 2, means: '原文件没有这一页' },
  'not-a-pdf': { http: 404, exit: 2, means: '原文件不是 PDF，没有页面图像' },
  'database-unavailable': { http: 503, exit: 2, means: '数据库暂时无法连接（可能正在重启），请稍后再试' },
  'disk-full': { http: 507, exit: 2, means: '服务器的磁盘空间已满，内容没有保存' },
  'chromium-unavailable': { http: 503, exit: 2, means: '本机没有可用的 Chromium，无法生成 PDF' },
  'render-failed': { http: 500, exit: 3, means: '页面图像或文件无法生成' },
  'pdf-failed': { http: 500, exit: 3, means: 'PDF 生成失败' },
  'unprintable-table': { http: 500, exit: 3, means: '这张表没有标准表样，无法排版' },
  'unsplittable-code': { http: 422, exit: 3, means: '科目编码无法按类、款、项分栏打印' },
  'unplaced-facts': { http: 500, exit: 3, means: '排版时有数字未能放入表格' },
  internal: { http: 500, exit: 3, means: '决算通自身的缺陷' },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CODES, code);

/** The table's entry for a code; an unknown code is treated as an internal error. */
export const errorCodeInfo = (code: string): ErrorCodeInfo => (isErrorCode(code) ? ERROR_CODES[code] : ERROR_CODES.internal);

/** The one error shape of the API and of the CLI's JSON output. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe(`错误代码：${Object.keys(ERROR_CODES).join('、')}`),
      message: z.string().describe('中文说明，点名文件或参数和原因'),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
