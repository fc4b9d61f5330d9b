// What a narrative section explains, read from its headings (not from their numbers: 山西 puts 机关运行经费 under
// 十、其他重要事项 while 河南 makes it 十、, 四川 numbers 三公 七、), and the money its figures are counted in.
import type { ClaimScope, ClaimTopic } from '../../model/claim.js';
import { labelKey } from '../normalize.js';

const TOPICS: ReadonlyArray<readonly [RegExp, ClaimTopic]> = [
  [/绩效|自评|评价/, 'performance'],
  [/三公/, 'three-public'],
  [/机关运行经费/, 'operating'],
  [/政府采购/, 'procurement'],
  [/国有资产|资产占[用有]/, 'assets'],
  [/政府性基金/, 'fund'],
  [/国有资本经营/, 'capital'],
  [/基本支出决算/, 'basic'],
  [/基本支出预算/, 'basic'],
  [/一般公共预算(?:财政拨款)?支出/, 'general-total'],
  [/财政拨款收[入、]?支(?:出)?(?:决算)?总体|财政拨款收支/, 'fiscal'],
  [/收[入、]?支(?:出)?决算总体|收支总体/, 'overview'],
  [/收入决算/, 'income'],
  [/支出决算/, 'expenditure'],
  // a 预算's sections: 收支预算总表情况说明, 财政拨款支出预算表情况说明, 上海's 部门预算编制说明 …
  [/财政拨款支出预算/, 'fiscal'],
  [/收支预算总表|收[入、]?支(?:出)?预算总体|预算编制说明/, 'overview'],
  [/收入预算/, 'income'],
  [/支出预算/, 'expenditure'],
  [/概况|职责|职能|机构设置|人员/, 'profile'],
];

/** Sub-headings of the general-budget section: (一) 总体 (二) 结构 (三) 具体. */
const GENERAL_PARTS: ReadonlyArray<readonly [RegExp, ClaimTopic]> = [
  [/结构/, 'general-structure'],
  [/具体|明细/, 'general-detail'],
  [/总体/, 'general-total'],
];

function topicOf(heading: string): ClaimTopic | undefined {
  const key = labelKey(heading);
  return TOPICS.find(([pattern]) => pattern.test(key))?.[1];
}

/**
 * The topic of a section from its heading path: the innermost heading that names a topic decides; a
 * 总体/结构/具体 sub-heading inside the general-budget section refines it. Nothing recognised → 'other'.
 */
export function sectionTopic(path: readonly string[]): ClaimTopic {
  for (let i = path.length - 1; i >= 0; i--) {
    const heading = path[i]!;
    const topic = topicOf(heading);
    const outer = path.slice(0, i).map(topicOf).findLast((t) => t !== undefined);
    if (outer === 'general-total') {
      const part = GENERAL_PARTS.find(([pattern]) => pattern.test(labelKey(heading)))?.[1];
      if (part) return part;
    }
    if (topic) return topic;
  }
  return 'other';
}

/** The money a topic's figures are counted in; undefined where the topic has no budget scope. */
export function topicScope(topic: ClaimTopic): ClaimScope | undefined {
  switch (topic) {
    case 'overview':
    case 'income':
    case 'expenditure':
      return '全部资金';
    case 'fiscal':
    case 'three-public':
      return '财政拨款';
    case 'general-total':
    case 'general-structure':
    case 'general-detail':
    case 'basic':
      return '一般公共预算';
    case 'fund':
      return '政府性基金预算';
    case 'capital':
      return '国有资本经营预算';
    default:
      return undefined;
  }
}

const NARROWER: Record<ClaimScope, readonly ClaimScope[]> = {
  全部资金: ['财政拨款', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
  财政拨款: ['一般公共预算', '政府性基金预算', '国有资本经营预算'],
  一般公共预算: [],
  政府性基金预算: [],
  国有资本经营预算: [],
};

/**
 * The scope a phrase gives its figure inside a section: a phrase can narrow the section's scope (其中一般公共预算…)
 * or name another budget type explicitly, but a bare 财政拨款 inside the general-budget section stays general budget.
 */
export function narrowScope(section: ClaimScope | undefined, phrase: ClaimScope | undefined): ClaimScope | undefined {
  if (!phrase) return section;
  if (!section) return phrase;
  if (phrase === section || NARROWER[section].includes(phrase)) return phrase;
  if (NARROWER[phrase].includes(section)) return section;
  return phrase; // a sibling budget type named explicitly
}

/** The scope words of a phrase ("政府性基金预算财政拨款", "一般公共预算", "财政拨款"), if any. */
export function phraseScope(phrase: string): ClaimScope | undefined {
  if (/一般公共预算/.test(phrase)) return '一般公共预算';
  if (/政府性基金|基金预算/.test(phrase)) return '政府性基金预算';
  if (/国有资[本金]经营/.test(phrase)) return '国有资本经营预算';
  if (/财政拨款/.test(phrase)) return '财政拨款';
  return undefined;
}
