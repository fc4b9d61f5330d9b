// The `--info` file of `juesuan draft`: what the department knows and the tables do not (概况, reasons for
// changes, 年初预算, 三公 counts, 中小企业 contracts), as JSON checked field by field with Chinese messages.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { THREE_PUBLIC_COUNTS, type DraftOptions } from '../pipeline/publish.js';
import { InputError } from '../model/errors.js';

const amount = z.string().regex(/^-?\d+(\.\d+)?$/, '应为不带千分位的数字字符串，如 "12.50"');
const count = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative().transform(String)]);

const InfoSchema = z
  .object({
    overview: z.string().optional(),
    reasons: z.record(z.string(), z.string()).optional(),
    initialBudgets: z.record(z.string(), amount).optional(),
    threePublicCounts: z.partialRecord(z.enum(THREE_PUBLIC_COUNTS), count).optional(),
    smallEnterpriseContracts: z.object({ total: amount, micro: amount.optional() }).optional(),
  })
  .strict();

export type DraftInfo = Omit<DraftOptions, 'prior'>;

export const INFO_EXAMPLE = `{
  "overview": "主要职能：……\\n机构设置：……",
  "reasons": { "income-expenditure-total": "项目支出减少", "general-detail:2101501": "人员调出" },
  "initialBudgets": { "合计": "2300.00", "2101501": "25.00" },
  "threePublicCounts": { "保有量": "2", "接待批次": "3", "接待人次": "20" },
  "smallEnterpriseContracts": { "total": "4.14", "micro": "4.14" }
}`;

export async function readDraftInfo(file: string): Promise<DraftInfo> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError('not-found', file, `无法读取补充信息文件 ${file}：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : String(e)}`, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError('bad-info', file, `补充信息文件 ${file} 不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const parsed = InfoSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '（顶层）'}：${i.message}`);
    throw new InputError('bad-info', file, `补充信息文件 ${file} 的内容有误：${issues.join('；')}`);
  }
  const info = parsed.data;
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)) as DraftInfo;
}
