import data from './data/function-codes.json' with { type: 'json' };

/** 支出功能分类科目: 类 (3 digits) → 款 (5) → 项 (7). A subset built from ../shared/domain. */
export interface FunctionCode {
  code: string;
  name: string;
  level: '类' | '款' | '项';
  parent: string | null;
  renamedFrom?: string;
  budget?: string;
}

interface RawFunctionCode {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  renamed_from?: string;
  budget?: string;
}

export const FUNCTION_CODES: ReadonlyMap<string, FunctionCode> = new Map(
  (data as RawFunctionCode[]).map((c) => [
    c.code,
    { code: c.code, name: c.name, level: c.level as FunctionCode['level'], parent: c.parent, renamedFrom: c.renamed_from, budget: c.budget },
  ]),
);

const CLASS_BY_NAME = new Map(
  [...FUNCTION_CODES.values()].filter((c) => c.level === '类').flatMap((c) => [[c.name, c.code] as const, ...(c.renamedFrom ? [[c.renamedFrom, c.code] as const] : [])]),
);

/** The 类 code for a class name as printed on the expenditure side of 公开01/04 ("九、卫生健康支出" → "210"). */
export function classCodeByName(name: string): string | undefined {
  return CLASS_BY_NAME.get(name);
}

export function functionLevel(code: string): FunctionCode['level'] | undefined {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : code.length === 7 ? '项' : undefined;
}

/** The parent code by shape (类 for a 款, 款 for a 项), whether or not the catalog knows it. */
export function parentCode(code: string): string | undefined {
  return code.length === 5 ? code.slice(0, 3) : code.length === 7 ? code.slice(0, 5) : undefined;
}
