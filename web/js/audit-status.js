// A disclosure's audit result as the portal shows it (DisclosureSummary.status from the server): 有错误, 读取不完整,
// 仅有警告 or 通过. A document whose numbers were not all read is never shown as passing or as having no errors.
import { h } from './dom.js';
import { auditStatusLabel } from './labels.js';

const CLASS = { errors: 'error', incomplete: 'incomplete', warnings: 'warning', clean: 'ok' };

/** The status's CSS class (error, incomplete, warning, ok). */
export const statusClass = (d) => CLASS[d.status] ?? 'incomplete';

/** Short text: "错误 3", "读取不完整", "警告 2", "通过". */
export function statusText(d) {
  if (d.status === 'errors') return `错误 ${d.errors}`;
  if (d.status === 'warnings') return `警告 ${d.warnings}`;
  return auditStatusLabel(d.status);
}

/** What a hover says: the counts, and how many numbers of which tables were not read. */
export function statusTitle(d) {
  const counts = `错误 ${d.errors}、警告 ${d.warnings}、提示 ${d.infos}`;
  const { reading } = d;
  return reading && !reading.complete ? `${counts}；${reading.incompleteTables.length} 张表共 ${reading.unreadNumbers} 个数字未能读取，审核不完整` : counts;
}

/** The badge of a disclosure's result. */
export const statusBadge = (d, attrs = {}) => h('span', { class: ['badge', statusClass(d)], title: statusTitle(d), ...attrs }, statusText(d));
