import data from './data/economic-codes.json' with { type: 'json' };

/** 部门预算支出经济分类 (301…399) with the 人员经费 / 公用经费 grouping of 公开06. */
export interface EconomicCode {
  code: string;
  name: string;
  level: '类' | '款';
  parent: string | null;
  group: '人员经费' | '公用经费' | '其他';
  basicApplicable: boolean;
  aliases: string[];
  historical: boolean;
}

interface RawEconomicCode {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  group: string;
  basic_applicable?: boolean;
  aliases?: string[];
  status?: string;
}

export const ECONOMIC_CODES: ReadonlyMap<string, EconomicCode> = new Map(
  (data as RawEconomicCode[]).map((c) => [
    c.code,
    {
      code: c.code,
      name: c.name,
      level: c.level as EconomicCode['level'],
      parent: c.parent,
      group: c.group as EconomicCode['group'],
      basicApplicable: c.basic_applicable !== false,
      aliases: c.aliases ?? [],
      historical: c.status === 'historical',
    },
  ]),
);

/** Economic 类 codes in the order 公开06 prints them, with the total row each one feeds. */
export const ECONOMIC_CLASSES = [...ECONOMIC_CODES.values()].filter((c) => c.level === '类');
