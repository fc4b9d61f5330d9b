// 第四部分 名词解释: the terms the tables and the 情况说明 use, defined in plain words (domain README §2.3).
// 机关运行经费 follows the current definition (goods and services bought for the running of 行政单位).
import { TERMS as T } from '../../model/glossary.js';
import type { DraftSection } from '../drafted.js';
import { paragraph } from '../runs.js';
import { section, SECTION_IDS } from './section.js';

const ORDINALS = '一二三四五六七八九十';
const ordinal = (n: number): string => (n <= 10 ? ORDINALS[n - 1]! : n < 20 ? `十${ORDINALS[n - 11]!}` : `二十${n === 20 ? '' : ORDINALS[n - 21]!}`);

export const DEFINITIONS: readonly (readonly [term: string, definition: string])[] = [
  [T.fiscalAppropriationIncome, '指本级财政部门当年拨付的资金，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。'],
  [T.superiorSubsidyIncome, '指事业单位从主管部门和上级单位取得的非财政补助收入。'],
  [T.businessIncome, '指事业单位开展专业业务活动及其辅助活动取得的收入。'],
  [T.operatingIncome, '指事业单位在专业业务活动及其辅助活动之外，开展非独立核算经营活动取得的收入。'],
  [T.subordinateRemittanceIncome, '指事业单位附属的独立核算单位按照有关规定上缴的收入。'],
  [T.otherIncome, '指除上述各项收入以外的收入，如利息收入、捐赠收入等。'],
  ['使用非财政拨款结余（含专用结余）', '指事业单位按规定使用以前年度积累的非财政拨款结余和专用结余，弥补本年收支差额或安排支出的数额。'],
  [T.openingBalance, '指以前年度尚未完成、结转到本年按原用途继续使用的资金，以及项目完成后形成的结余资金。'],
  [T.balanceDistribution, '指事业单位按规定缴纳的所得税、提取的专用结余以及转入非财政拨款结余的数额。'],
  [T.closingBalance, '指本年度或以前年度预算安排、因客观条件变化未执行完毕，结转到以后年度按有关规定继续使用的资金，以及项目完成后形成的结余资金。'],
  [T.basicExpenditure, '指为保障机构正常运转、完成日常工作任务而发生的支出，包括人员经费和公用经费。'],
  [T.personnelExpenses, '指用于在职和离退休人员的工资福利支出和对个人和家庭的补助。'],
  [T.publicExpenses, '指为保障机构日常运转用于购买商品和服务等的支出。'],
  [T.projectExpenditure, '指在基本支出之外，为完成特定行政工作任务和事业发展目标而发生的支出。'],
  [T.remittanceToSuperior, '指事业单位按照财政部门和主管部门的规定上缴上级单位的支出。'],
  [T.operatingExpenditure, '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。'],
  [T.subsidyToSubordinates, '指事业单位用财政拨款收入之外的收入对附属单位补助发生的支出。'],
  [
    T.threePublic,
    '指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。因公出国（境）费指因公出国（境）发生的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等；公务用车购置费指公务用车的购置支出（含车辆购置税、牌照费）；公务用车运行维护费指按规定保留的公务用车发生的燃料费、维修费、过路过桥费、保险费、安全奖励费等；公务接待费指按规定开支的各类公务接待（含外宾接待）费用。',
  ],
  [
    T.institutionOperatingCost,
    '指行政单位（含参照公务员法管理的事业单位）使用一般公共预算财政拨款安排的基本支出中，用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
  ],
];

export function glossary(): DraftSection[] {
  return [section(SECTION_IDS.glossary, '', DEFINITIONS.map(([term, definition], i) => paragraph(`${ordinal(i + 1)}、${term}：${definition}`)))];
}
