// The facts of one disclosure as the drafter reads them: a printed table's blank cell is zero (the regime
// leaves zeros blank), an absent table is unknown; money keeps the unit its table prints it in.
import Big from 'big.js';
import { toYuan } from '../model/decimal.js';
import type { Disclosure, TableInfo } from '../model/disclosure.js';
import { factKey, type Fact } from '../model/fact.js';
import { TERMS as T } from '../model/glossary.js';
import type { TableId } from '../model/table-id.js';

/** An amount as printed, in its table's unit (万元 or 元). */
export interface Money {
  value: Big;
  unit: string;
}

const unitFactor = (unit: string): Big => new Big(toYuan('1', unit) ?? '1');

/** The same amount in another money unit, exact. */
export const inUnit = (m: Money, unit: string): Money => (m.unit === unit ? m : { value: m.value.times(unitFactor(m.unit)).div(unitFactor(unit)), unit });

export const isZero = (m: Money | undefined): boolean => m === undefined || m.value.eq(0);

export class FactBook {
  private readonly byKey: Map<string, Fact>;
  private readonly present: Set<TableId>;
  private readonly infos: Map<TableId, TableInfo>;

  constructor(readonly disclosure: Disclosure) {
    this.byKey = new Map(disclosure.facts.map((f) => [factKey(f), f]));
    this.infos = new Map(disclosure.tables.map((t) => [t.id, t]));
    this.present = new Set<TableId>([...disclosure.document.tables, ...this.infos.keys(), ...disclosure.facts.map((f) => f.table)]);
  }

  has(table: TableId): boolean {
    return this.present.has(table);
  }

  /** True when the table is printed and carries no number at all. */
  empty(table: TableId): boolean {
    return this.has(table) && !this.disclosure.facts.some((f) => f.table === table);
  }

  /** The unit money of this table is printed in: its header, else the document's, else 万元. */
  unit(table: TableId): string {
    return this.infos.get(table)?.unit ?? this.disclosure.document.unit ?? T.tenThousandYuan;
  }

  /** The package's money unit (what the narrative speaks in). */
  get documentUnit(): string {
    return this.disclosure.document.unit ?? this.disclosure.tables.find((t) => t.unit)?.unit ?? T.tenThousandYuan;
  }

  fact(table: TableId, row: string, column: string): Fact | undefined {
    return this.byKey.get(factKey({ table, row, column }));
  }

  /** A money cell: its printed value, 0 when the printed table leaves it blank, undefined when the table is absent. */
  money(table: TableId, row: string, column: string): Money | undefined {
    if (!this.has(table)) return undefined;
    const fact = this.fact(table, row, column);
    return { value: new Big(fact?.value ?? '0'), unit: fact?.unit ?? this.unit(table) };
  }

  /** A count cell (辆, 台（套）): 0 when blank in a printed table, undefined when the table is absent. */
  count(table: TableId, row: string, column: string): Big | undefined {
    if (!this.has(table)) return undefined;
    return new Big(this.fact(table, row, column)?.value ?? '0');
  }

  /** Codes a coded table prints, in printed order, with their printed names. */
  codes(table: TableId): { code: string; name: string }[] {
    const seen = new Set<string>();
    return (this.infos.get(table)?.codes ?? []).filter((c) => (seen.has(c.code) ? false : (seen.add(c.code), true)));
  }
}
