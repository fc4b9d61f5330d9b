// What a narrative number is about: the words before it, read against a lexicon of the subjects the 情况说明
// discusses (totals, income and expenditure types, 人员/公用经费, function items, economic items, 三公, 机关运行经费,
// 政府采购, vehicles, equipment). Which words count depends on the section: 货物 is a procurement category only in
// the procurement section, 公务接待费 is a 三公 component in §九 and an economic line in §六.
import { ECONOMIC_CODES } from '../../catalog/economic-codes.js';
import type { KindFamily } from '../../catalog/kinds/index.js';
import type { ClaimScope, ClaimTopic } from '../../model/claim.js';
import type { TableInfo } from '../../model/disclosure.js';
import { TERMS as T } from '../../model/glossary.js';
import { compact } from '../normalize.js';
import { matchesOf } from '../pattern-matches.js';
import { findFunctionNames, FunctionIndex } from './function-names.js';
import { phraseScope } from './topics.js';

export interface SubjectMatch {
  /** One subject, two for "收、支总计", or ['?'] for a named item that could not be resolved. */
  subjects: string[];
  start: number;
  end: number;
  /** The words as printed. */
  label: string;
  /** The budget scope the words themselves name (一般公共预算…, 财政拨款…). */
  scope?: ClaimScope;
}

export type SubjectKind = 'money' | 'count';

interface Entry {
  pattern: RegExp;
  /** Topics where the words do not mean this subject (三公's 财政拨款支出 is the 三公 total, not the 财政拨款 total). */
  except?: readonly ClaimTopic[];
  subjects: string[] | ((label: string, clause: string) => string[]);
  /** Topics where the words mean this subject; everywhere when absent. */
  topics?: readonly ClaimTopic[];
  kind?: SubjectKind;
  /** Units a count subject is counted in (辆 for vehicles, 台（套） for equipment). */
  units?: readonly string[];
}

const S = {
  incomeTotal: T.incomeGrandTotal,
  expenditureTotal: T.expenditureGrandTotal,
  income: T.currentYearIncome,
  expenditure: T.currentYearExpenditure,
} as const;

/** Budget-type words that may precede a subject and narrow its scope. */
const QUALIFIER = /(?:一般公共预算|政府性基金预算?|国有资[本金]经营预算?|基金预算|财政拨款|拨款|财政|决算|本年度?|部门|单位|本部门)+$/;

const THREE_PUBLIC: readonly ClaimTopic[] = ['three-public'];
/** Sections about one kind of spending, where the general totals' words describe that spending. */
const SPECIFIC: readonly ClaimTopic[] = ['three-public', 'procurement', 'assets', 'operating'];
const PROJECTS: readonly ClaimTopic[] = ['performance', 'profile', 'other'];
const PROCUREMENT: readonly ClaimTopic[] = ['procurement'];
const ASSETS: readonly ClaimTopic[] = ['assets'];
const VEHICLE_UNITS = ['辆'];
const EQUIPMENT_UNITS = ['台（套）', '台', '套', '个'];

const PROFILE: readonly ClaimTopic[] = ['profile'];
/**
 * The words before a category's own staff or posts (行政编制15个, 参公事业编制22个, 行政政法人员编制, 事业在职人员):
 * a part of the department, never its total.
 */
const STAFF_CATEGORY = '(?<!(?:行政|事业|工勤|附属|参公|专项|政法|机关|后勤|全额|差额|自收自支|离退休|退休|离休)(?:人员)?)';

const VEHICLE_CATEGORIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/副部[（(]省[)）]级及以上领导用车|省级(?:及以上)?领导(?:干部)?用车/, T.ministerialVehicles],
  [/主要(?:负责人|领导干部?)用车/, T.principalVehicles],
  [/机要通信用车/, T.confidentialVehicles],
  [/应急保障用车/, T.emergencyVehicles],
  [/执法执勤用车/, T.lawEnforcementVehicles],
  [/特种专业技术用车/, T.specialTechnicalVehicles],
  [/离退休干部(?:服务)?用车/, T.retireeServiceVehicles],
  [/其他用车/, T.otherVehicles],
];

/** 三公 counts: what is counted follows from the unit and the words around (出国 or 接待, 国内 or 外事). */
export function threePublicCount(label: string, clause: string): string[] {
  if (/保有/.test(label)) return ['三公:保有量'];
  if (/购置/.test(label)) return ['三公:购置车辆'];
  const abroad = /出国/.test(clause) && !/接待/.test(clause);
  const where = /外事|外宾|国[（(]境[)）]外|境外/.test(clause) ? '外事' : /国内/.test(clause) ? '国内' : '';
  const what = /团组/.test(label) ? '团组' : /批次/.test(label) ? '批次' : '人次';
  return abroad ? [`三公:出国${what}`] : [`三公:${where}接待${what}`];
}

const ENTRIES: readonly Entry[] = [
  // Totals. "收、支总计各增加" speaks of both.
  { pattern: /收[、，,和及]?支(?:出)?总计/g, subjects: [S.incomeTotal, S.expenditureTotal], except: SPECIFIC },
  { pattern: /收入总计/g, subjects: [S.incomeTotal], except: SPECIFIC },
  { pattern: /支出总计/g, subjects: [S.expenditureTotal], except: SPECIFIC },
  { pattern: /本年收入合计|收入合计|本年收入(?!合)|预算收入/g, subjects: [S.income], except: SPECIFIC },
  { pattern: /本年支出合计|支出合计|部门支出|单位支出|预算支出数?/g, subjects: [S.expenditure], except: SPECIFIC },
  {
    pattern: /(?:一般公共预算|政府性基金预算?|国有资本经营预算?|基金预算)(?:财政)?(?:拨款)?(?:决算)?支出(?!合计|总计)|财政拨款(?:决算)?支出(?!合计|总计)/g,
    subjects: [S.expenditure],
    except: SPECIFIC,
  },
  { pattern: /(?:一般公共预算|政府性基金预算?|国有资本经营预算?)?(?:财政)?拨款收入(?!合计|总计)|(?:一般公共预算|基金预算)收入/g, subjects: [S.income], except: SPECIFIC },
  // The department's budget (整体绩效 reports): 全年部门预算数, 年初部门预算数, 年初预算支出数.
  {
    pattern: /(?:部门|单位)(?:整体)?(?:全年|年初)预算数?|(?:部门|单位)整体预算数?|(?:全年|年初)(?:部门|单位)(?:整体)?预算数?|部门预算数|年初预算支出数?/g,
    subjects: [S.expenditure],
    except: SPECIFIC,
  },
  // Income and expenditure types.
  ...[T.superiorSubsidyIncome, T.businessIncome, T.operatingIncome, T.subordinateRemittanceIncome, T.otherIncome].map((s) => ({
    pattern: new RegExp(s, 'g'),
    subjects: [s],
    except: SPECIFIC,
  })),
  ...[T.basicExpenditure, T.projectExpenditure, T.remittanceToSuperior, T.operatingExpenditure, T.subsidyToSubordinates].map((s) => ({
    // "实际项目支出" is a project's spending, not the department's 项目支出.
    pattern: new RegExp(`(?<!实际|执行)${s}(?!总额)(?:合计(?:金额)?)?`, 'g'),
    subjects: [s],
    except: SPECIFIC,
  })),
  // Balances.
  { pattern: /年初(?:财政拨款)?结转(?:和结余|结余|资金)?/g, subjects: [T.openingBalance], except: SPECIFIC },
  { pattern: /年末(?:财政拨款)?结转(?:和结余|结余|资金)?/g, subjects: [T.closingBalance], except: SPECIFIC },
  { pattern: /使用非财政拨款结余/g, subjects: [T.useOfNonFiscalBalance] },
  { pattern: /结余分配/g, subjects: [T.balanceDistribution] },
  // Outside the 情况说明, "劳务派遣人员经费" is a project.
  { pattern: /人员经费/g, subjects: [T.personnelExpenses], except: [...SPECIFIC, ...PROJECTS] },
  { pattern: /(?:日常)?公用经费/g, subjects: [T.publicExpenses], except: [...SPECIFIC, ...PROJECTS] },
  { pattern: /机关运行经费/g, subjects: [T.institutionOperatingCost] },
  // 三公 money.
  { pattern: /[“"]?三公[”"]?经费/g, subjects: ['三公:合计'], topics: THREE_PUBLIC },
  { pattern: /因公出国[（(]?境[)）]?(?:经)?费(?:用)?/g, subjects: [`三公:${T.overseasTravel}`], topics: THREE_PUBLIC },
  { pattern: /公务用车购置及(?:公务用车)?(?:运行)?(?:维护)?费?/g, subjects: [`三公:${T.vehicleTotal}`], topics: THREE_PUBLIC },
  { pattern: /公务用车购置(?!及)(?:费|支出)?/g, subjects: [`三公:${T.vehiclePurchase}`], topics: THREE_PUBLIC, kind: 'money' },
  { pattern: /公务用车运行(?:维护)?(?:费|支出)?/g, subjects: [`三公:${T.vehicleOperation}`], topics: THREE_PUBLIC },
  { pattern: /公务接待(?:费|支出)?/g, subjects: [`三公:${T.officialReception}`], topics: THREE_PUBLIC, kind: 'money' },
  { pattern: /(?:其他)?国内(?:公务)?接待(?:费|支出)?/g, subjects: ['三公:国内接待费'], topics: THREE_PUBLIC, kind: 'money' },
  { pattern: /(?:外事|外宾|国[（(]境[)）]外)接待(?:费|支出)?/g, subjects: ['三公:外事接待费'], topics: THREE_PUBLIC, kind: 'money' },
  // 三公 counts.
  { pattern: /保有量|购置(?:公务用)?车(?:辆)?|团组|批次|人次|来宾|外宾|人数/g, subjects: threePublicCount, topics: THREE_PUBLIC, kind: 'count' },
  // 政府采购.
  { pattern: /政府采购(?:支出|支付)?总额|采购支出总额|政府采购(?:支出)?金额/g, subjects: ['政府采购:合计'], topics: PROCUREMENT },
  { pattern: /(?:政府采购)?货物(?:支出)?/g, subjects: ['政府采购:货物'], topics: PROCUREMENT },
  { pattern: /(?:政府采购)?工程(?:支出)?/g, subjects: ['政府采购:工程'], topics: PROCUREMENT },
  { pattern: /(?:政府采购)?服务(?:支出)?/g, subjects: ['政府采购:服务'], topics: PROCUREMENT },
  { pattern: /(?:授予)?中小企业(?:的)?(?:合同)?(?:金额)?/g, subjects: ['政府采购:中小企业'], topics: PROCUREMENT },
  { pattern: /(?:授予)?小微企业(?:的)?(?:合同)?(?:金额)?/g, subjects: ['政府采购:小微企业'], topics: PROCUREMENT },
  // Assets.
  { pattern: /共有车辆|车辆(?:总数|合计|数)?/g, subjects: ['车辆:合计'], topics: ASSETS, kind: 'count', units: VEHICLE_UNITS },
  ...VEHICLE_CATEGORIES.map(([pattern, row]) => ({
    pattern: new RegExp(pattern.source, 'g'),
    subjects: [`车辆:${row}`],
    topics: ASSETS,
    kind: 'count' as const,
    units: VEHICLE_UNITS,
  })),
  { pattern: /设备/g, subjects: [`设备:${T.largeEquipment}`], topics: ASSETS, kind: 'count', units: EQUIPMENT_UNITS },
  // Staff, as the 部门概况 states them: "在职人员40人", "实际在编在职人员 274 名", "总编制43个", "编制 338 名".
  {
    pattern: new RegExp(`${STAFF_CATEGORY}(?:实际在编在职|实有在职|现有在职|在职在编|在编在职|实有|现有|在职|在编)人(?:员|数)(?:总数)?`, 'g'),
    subjects: [`人员:${T.staffInPost}`],
    topics: PROFILE,
    kind: 'count',
    units: ['人', '名'],
  },
  {
    pattern: new RegExp(`${STAFF_CATEGORY}(?:人员)?(?:总编制|核定编制|编制)(?:总数|人数|数)?`, 'g'),
    subjects: [`人员:${T.authorisedPosts}`],
    topics: PROFILE,
    kind: 'count',
    units: ['人', '名', '个'],
  },
];

/**
 * Subjects only a 预算 names: its totals ("收入、支出预算总计", "财政拨款收、支总预算", "支出预算15621.11万元"),
 * 单位预留机动经费, and 会议费/培训费 beside “三公” (江苏). Listed before the general entries: at equal ends the
 * longer wins anyway.
 */
const BUDGET_ENTRIES: readonly Entry[] = [
  { pattern: /收入[、，,和及]支出(?:预算)?总计|收[、，,和及]?支(?:出)?预算总计|收[、，,和及]?支总预算/g, subjects: [S.incomeTotal, S.expenditureTotal], except: SPECIFIC },
  // "财政专户管理资金收入预算总计": the source's total, named by the words before it
  { pattern: /(?<!资金|基金|预算)收入预算总计|(?<!资金|基金|预算)收入总预算/g, subjects: [S.incomeTotal], except: SPECIFIC },
  { pattern: /支出预算总计|支出总预算/g, subjects: [S.expenditureTotal], except: SPECIFIC },
  { pattern: /(?<!资金|基金)收入预算(?:合计)?(?![总表])/g, subjects: [S.income], except: SPECIFIC },
  // 基本支出预算, 项目支出预算 name their own subjects
  { pattern: /(?<!基本|项目|经费)支出预算(?:合计)?(?![总表])/g, subjects: [S.expenditure], except: SPECIFIC },
  { pattern: new RegExp(T.reservedFunds, 'g'), subjects: [T.reservedFunds], except: SPECIFIC },
  { pattern: new RegExp(T.specialAccountFunds, 'g'), subjects: [T.specialAccountFunds], except: SPECIFIC },
  { pattern: new RegExp(T.otherFunds, 'g'), subjects: [T.otherFunds], except: SPECIFIC },
  { pattern: /上年结转(?:和结余)?资金/g, subjects: [T.priorYearCarryover], except: SPECIFIC },
  { pattern: /结转下年资金/g, subjects: [T.carryoverToNextYear], except: SPECIFIC },
  { pattern: new RegExp(T.meetingExpenses, 'g'), subjects: [T.meetingExpenses], topics: THREE_PUBLIC, kind: 'money' },
  { pattern: new RegExp(T.trainingExpenses, 'g'), subjects: [T.trainingExpenses], topics: THREE_PUBLIC, kind: 'money' },
];

const FUNCTION_TOPICS: ReadonlySet<ClaimTopic> = new Set<ClaimTopic>(['general-total', 'general-structure', 'general-detail', 'fiscal']);
/** A 预算 names its function classes in its overview too (江苏's 收支预算总表 说明, 上海's 预算编制说明). */
const BUDGET_FUNCTION_TOPICS: ReadonlySet<ClaimTopic> = new Set<ClaimTopic>([...FUNCTION_TOPICS, 'overview', 'expenditure']);
const ECONOMIC_TOPICS: ReadonlySet<ClaimTopic> = new Set<ClaimTopic>(['basic']);

/** Economic item names (the document's 公开06 first, then lines that can carry basic expenditure). */
function economicNames(tables: readonly TableInfo[]): [name: string, code: string][] {
  const names = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = compact(name).replace(/\s*\(.*\)$/, '');
    if (key.length >= 2 && !names.has(key)) names.set(key, code);
    const short = key.replace(/(?:费|支出|费用)$/, '');
    if (short.length >= 3 && short !== key && !names.has(short)) names.set(short, code);
  };
  // Lines that cannot carry basic expenditure (309xx, 311xx) share names with 310xx/312xx: leave them out.
  const basic = (code: string) => ECONOMIC_CODES.get(code)?.basicApplicable !== false;
  for (const c of tables.find((t) => t.id === 'T06')?.codes ?? []) if (c.code.length === 5 && basic(c.code)) add(c.name, c.code);
  for (const c of ECONOMIC_CODES.values()) {
    if (c.level !== '款' || !c.basicApplicable) continue;
    add(c.name, c.code);
    for (const a of c.aliases) add(a, c.code);
  }
  return [...names].sort((a, b) => b[0].length - a[0].length);
}

function withQualifier(text: string, start: number, end: number, subjects: string[]): SubjectMatch {
  const before = text.slice(Math.max(0, start - 16), start);
  const qualifier = QUALIFIER.exec(before)?.[0] ?? '';
  const label = text.slice(start - qualifier.length, end);
  const scope = phraseScope(label);
  return { subjects, start: start - qualifier.length, end, label, ...(scope ? { scope } : {}) };
}

/** Finds the subjects a document's narrative names; built once per document (it knows the document's codes). */
export class SubjectFinder {
  private readonly functions: FunctionIndex;
  private readonly economic: [string, string][];
  private readonly entries: readonly Entry[];
  private readonly functionTopics: ReadonlySet<ClaimTopic>;

  /** `family`: the kind of document the narrative belongs to (a 预算 names subjects of its own). */
  constructor(tables: readonly TableInfo[] = [], family: KindFamily = 'final-accounts') {
    this.functions = new FunctionIndex(tables);
    this.economic = economicNames(tables);
    this.entries = family === 'budget' ? [...BUDGET_ENTRIES, ...ENTRIES] : ENTRIES;
    this.functionTopics = family === 'budget' ? BUDGET_FUNCTION_TOPICS : FUNCTION_TOPICS;
  }

  /** The entries that apply to numbers of this kind (and unit) in this topic, worked out once per combination. */
  private readonly applicable = new Map<ClaimTopic, Map<string, readonly Entry[]>>();

  private entriesFor(topic: ClaimTopic, kind: SubjectKind, unit: string | undefined): readonly Entry[] {
    let byKind = this.applicable.get(topic);
    if (!byKind) this.applicable.set(topic, (byKind = new Map()));
    const key = unit === undefined ? kind : `${kind}=${unit}`;
    let entries = byKind.get(key);
    if (!entries) {
      entries = this.entries.filter(
        (entry) =>
          !(entry.topics && !entry.topics.includes(topic)) &&
          !entry.except?.includes(topic) &&
          !(entry.kind && entry.kind !== kind) &&
          !(entry.units && unit !== undefined && !entry.units.includes(unit)),
      );
      byKind.set(key, entries);
    }
    return entries;
  }

  /**
   * Every subject named in `text` for numbers of this kind in this topic, in text order. `context` is the
   * function code the paragraph is about, so that a 款 name ("计划生育事务") resolves below its class.
   */
  find(text: string, topic: ClaimTopic, kind: SubjectKind, context?: string, unit?: string): SubjectMatch[] {
    const matches: SubjectMatch[] = [];
    for (const entry of this.entriesFor(topic, kind, unit)) {
      for (const m of matchesOf(entry.pattern, text)) {
        const subjects = typeof entry.subjects === 'function' ? entry.subjects(m[0], text) : entry.subjects;
        matches.push(withQualifier(text, m.index, m.index + m[0].length, subjects));
      }
    }
    if (kind === 'money' && this.functionTopics.has(topic)) {
      for (const f of findFunctionNames(text, this.functions, context)) {
        matches.push({ subjects: [f.code ? `功能:${f.code}` : '?'], start: f.start, end: f.end, label: f.label });
      }
    }
    if (kind === 'money' && ECONOMIC_TOPICS.has(topic)) {
      for (const [name, code] of this.economic) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          matches.push({ subjects: [`经济:${code}`], start: at, end: at + name.length, label: name });
        }
      }
    }
    return matches.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * The subject a number at `numberStart` is about: of the matches that end before it (after `from`), the one
   * ending last; at equal ends the longest. Undefined when the words in between name nothing.
   */
  closest(matches: readonly SubjectMatch[], from: number, numberStart: number): SubjectMatch | undefined {
    let best: SubjectMatch | undefined;
    for (const m of matches) {
      if (m.start < from || m.end > numberStart) continue;
      if (!best || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
    }
    return best;
  }
}
