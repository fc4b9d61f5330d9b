// The 审核意见书 for one disclosure: its findings grouped by severity, each with its location, figures, the rule's
// basis and fix, and the reviewer's mark and comment. Findings marked 误报 are left out (and counted); hints (尾差)
// are counted, not listed. One letter model, written as DOCX (docx) and as HTML printed to PDF (Chromium).
import { RULE_FAMILY_INFO, RULE_INFOS, type RuleInfo } from '../audit/index.js';
import { docx as D, type DocxObject } from '../render/docx.js';
import { htmlToPdf } from '../render/pdf.js';
import type { DisclosureDetail, ReviewedFinding } from '../store/repository.js';
import { findingUnit, locationText, REVIEW_LABEL, SEVERITY_INFO, shownFigures, sourcesText, tableName } from './wording.js';

export interface LetterItem {
  number: number;
  location: string;
  sources: string;
  message: string;
  figures: string | null;
  rule: string;
  basis: string;
  fix: string;
  review: string | null;
}

export interface ReviewLetter {
  title: string;
  addressee: string;
  intro: string;
  summary: string;
  groups: { heading: string; note: string; items: LetterItem[] }[];
  notes: string[];
  signature: string;
  date: string;
}

const RULES = new Map<string, RuleInfo>(RULE_INFOS.map((r) => [r.id, r]));
const CHINESE_ORDINALS = ['一', '二', '三', '四'];
const chineseDate = (d: Date): string => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

export function reviewLetter(detail: DisclosureDetail, findings: readonly ReviewedFinding[], now = new Date()): ReviewLetter {
  const department = detail.department ?? '（未识别部门）';
  const subject = `${department}${detail.year ? `${detail.year}年度` : ''}${detail.kind}公开`;
  const tableUnits = new Map(detail.tableInfo.map((t) => [t.id, t.unit] as const));
  const listed = findings.filter((f) => f.severity !== 'info' && f.review?.status !== 'false-positive');
  const falsePositives = findings.filter((f) => f.review?.status === 'false-positive').length;
  const infos = findings.filter((f) => f.severity === 'info' && f.review?.status !== 'false-positive').length;
  const fixed = listed.filter((f) => f.review?.status === 'fixed').length;
  let number = 0;
  const item = (f: ReviewedFinding): LetterItem => {
    const rule = RULES.get(f.rule);
    const family = RULE_FAMILY_INFO[f.family];
    const unit = findingUnit(f, tableUnits, detail.unit);
    const shown = shownFigures(f, unit);
    const figures = [shown.expected && `应为 ${shown.expected}`, shown.actual && `实为 ${shown.actual}`, shown.difference && `相差 ${shown.difference}`].filter(Boolean).join('，');
    return {
      number: ++number,
      location: locationText(f.location),
      sources: f.sources.length ? sourcesText(f.sources) : '',
      message: f.message,
      figures: figures || null,
      rule: `${rule?.title ?? f.rule}（规则 ${f.rule}）`,
      basis: rule?.basis ?? family.basis,
      fix: rule?.fix ?? family.fix,
      review: f.review ? `${REVIEW_LABEL[f.review.status]}${f.review.comment ? `：${f.review.comment}` : ''}（${f.review.reviewer}，${chineseDate(new Date(f.review.reviewedAt))}）` : null,
    };
  };
  const groups = (['error', 'warning'] as const)
    .map((severity) => ({ severity, items: listed.filter((f) => f.severity === severity) }))
    .filter((g) => g.items.length)
    .map((g, i) => ({
      heading: `${CHINESE_ORDINALS[i]}、${SEVERITY_INFO[g.severity].label}（${g.items.length} 条）`,
      note: g.severity === 'error' ? '以下问题违反总是成立的勾稽关系或公开要求，应当改正。' : '以下问题通常说明有误，请核实；确有错误的应当改正。',
      items: g.items.map(item),
    }));
  const reviewers = [...new Set(findings.flatMap((f) => (f.review ? [f.review.reviewer] : [])))];
  const errors = listed.filter((f) => f.severity === 'error').length;
  const warnings = listed.length - errors;
  return {
    title: `关于${subject}的审核意见`,
    addressee: `${department}：`,
    intro: `我们对贵单位公开的《${subject}》（文件 ${detail.fileName}）进行了审核。审核由决算通逐项核对表内算术、表间勾稽、科目编码、公开内容完整性和情况说明等（规则版本 ${detail.rulesVersion}），并经审核人复核。意见如下。`,
    summary: listed.length
      ? `共发现需要处理的问题 ${listed.length} 条：错误 ${errors} 条、警告 ${warnings} 条${fixed ? `，其中 ${fixed} 条已整改` : ''}。`
      : detail.reading.complete
        ? '未发现需要改正的错误或警告。'
        : '在读出的数字中未发现需要改正的错误或警告，但审核不完整（见文末说明）。',
    groups,
    notes: [
      ...(detail.reading.complete
        ? []
        : [
            `审核不完整：${detail.reading.incompleteTables.map(tableName).join('、')}共有 ${detail.reading.unreadNumbers} 个数字未能读取，用到这些数字的核对没有进行，本意见不表明这些表没有错误；请对照原件核对。`,
          ]),
      ...(infos ? [`另有尾差等提示 ${infos} 条（四舍五入造成、在容差之内），不要求改正。`] : []),
      ...(falsePositives ? [`经审核人核实为误报的 ${falsePositives} 条，不列入本意见。`] : []),
      '请对上述问题逐条核实，改正后重新公开，并将整改情况报送审核部门。',
    ],
    signature: reviewers.length ? `审核人：${reviewers.join('、')}` : '审核人：',
    date: chineseDate(now),
  };
}

const SERIF = 'Noto Serif CJK SC';
const font = { ascii: SERIF, hAnsi: SERIF, eastAsia: SERIF };
const run = (text: string, options: { bold?: boolean; size?: number } = {}) => new D.TextRun({ text, font, size: options.size ?? 24, ...(options.bold ? { bold: true } : {}) });
const para = (children: DocxObject[], options: { center?: boolean; right?: boolean; indent?: boolean; after?: number } = {}) =>
  new D.Paragraph({
    children,
    ...(options.center ? { alignment: D.AlignmentType.CENTER } : options.right ? { alignment: D.AlignmentType.RIGHT } : {}),
    ...(options.indent ? { indent: { firstLine: 480 } } : {}),
    spacing: { after: options.after ?? 120, line: 360 },
  });
const labelled = (label: string, text: string) => para([run(`${label}：`, { bold: true }), run(text)], { indent: true, after: 40 });

/** The letter as a Word document. */
export async function letterDocx(letter: ReviewLetter): Promise<Uint8Array> {
  const children: DocxObject[] = [para([run(letter.title, { bold: true, size: 32 })], { center: true, after: 360 }), para([run(letter.addressee)]), para([run(letter.intro)], { indent: true }), para([run(letter.summary)], { indent: true })];
  for (const g of letter.groups) {
    children.push(para([run(g.heading, { bold: true, size: 28 })], { after: 80 }), para([run(g.note)], { indent: true }));
    for (const it of g.items) {
      children.push(para([run(`${it.number}. ${it.location}${it.sources ? `（${it.sources}）` : ''}`, { bold: true })], { after: 40 }));
      children.push(labelled('问题', it.message));
      if (it.figures) children.push(labelled('数字', it.figures));
      children.push(labelled('规则', it.rule), labelled('依据', it.basis), labelled('改正', it.fix));
      if (it.review) children.push(labelled('审核意见', it.review));
      children.push(para([], { after: 80 }));
    }
  }
  for (const n of letter.notes) children.push(para([run(n)], { indent: true }));
  children.push(para([run(letter.signature)], { right: true }), para([run(letter.date)], { right: true }));
  const doc = new D.Document({
    title: letter.title,
    creator: '决算通',
    sections: [{ properties: { page: { size: { width: 11906, height: 16838, orientation: D.PageOrientation.PORTRAIT }, margin: { top: 1440, right: 1304, bottom: 1440, left: 1304 } } }, children }],
  });
  return D.Packer.toBuffer(doc);
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The letter as print-ready HTML (A4, the Noto CJK fonts Chromium embeds in the PDF). */
export function letterHtml(letter: ReviewLetter): string {
  const field = (label: string, text: string | null) => (text ? `<p class="f"><b>${label}：</b>${esc(text)}</p>` : '');
  const groups = letter.groups
    .map(
      (g) =>
        `<h2>${esc(g.heading)}</h2><p class="i">${esc(g.note)}</p>` +
        g.items
          .map(
            (it) =>
              `<section><h3>${it.number}. ${esc(it.location)}${it.sources ? `（${esc(it.sources)}）` : ''}</h3>` +
              field('问题', it.message) +
              field('数字', it.figures) +
              field('规则', it.rule) +
              field('依据', it.basis) +
              field('改正', it.fix) +
              field('审核意见', it.review) +
              '</section>',
          )
          .join(''),
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(letter.title)}</title><style>
@page { size: A4; margin: 25mm 23mm; }
body { font-family: '${SERIF}', serif; font-size: 12pt; line-height: 1.7; color: #000; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 18pt; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; }
h3 { font-size: 12pt; margin: 10pt 0 2pt; break-after: avoid; }
section { break-inside: avoid; }
p { margin: 0 0 4pt; }
.i, .f { text-indent: 2em; }
.r { text-align: right; }
</style></head><body>
<h1>${esc(letter.title)}</h1>
<p>${esc(letter.addressee)}</p>
<p class="i">${esc(letter.intro)}</p>
<p class="i">${esc(letter.summary)}</p>
${groups}
${letter.notes.map((n) => `<p class="i">${esc(n)}</p>`).join('')}
<p class="r">${esc(letter.signature)}</p>
<p class="r">${esc(letter.date)}</p>
</body></html>`;
}

export const letterPdf = (letter: ReviewLetter): Promise<Uint8Array> => htmlToPdf(letterHtml(letter));
