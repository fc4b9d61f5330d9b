// 第一部分 部门概况: only the department knows its 职责 and 机构设置; the user's text, else visible gaps.
import type { DraftContext } from '../context.js';
import type { DraftSection } from '../drafted.js';
import { gap, paragraph } from '../runs.js';
import { section, SECTION_IDS } from './section.js';

export function profile(ctx: DraftContext): DraftSection[] {
  const given = ctx.options.overview?.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (given?.length) return [section(SECTION_IDS.profile, '一、部门职责及机构设置', given.map((line) => paragraph(line)))];
  return [
    section('profile-duties', '一、部门职责', [paragraph(gap('部门主要职责：请补充'))]),
    section('profile-organisation', '二、机构设置', [paragraph(gap('内设机构、下属单位及纳入本年度部门决算编制范围的单位：请补充'))]),
  ];
}
