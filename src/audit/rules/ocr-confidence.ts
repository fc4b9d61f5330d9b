// Numbers recognised by OCR from a scanned page carry a confidence; those read with low confidence are reported
// for a person to check against the image, not trusted silently. M-OCR is an id of this module.
import { describeSource } from '../../model/source.js';
import { defineRule, makeFinding, notEvaluable, type Rule } from '../engine.js';
import { rowName, tableName } from '../naming.js';

/** Facts recognised with less confidence than this are reported. */
export const LOW_CONFIDENCE = 0.8;

const lowConfidenceRule = defineRule({ id: 'M-OCR', family: 'completeness', severity: 'warning', title: '扫描件识别的数字置信度足够' }, (ctx, rule) => {
  const recognised = ctx.disclosure.facts.filter((f) => f.confidence !== undefined);
  if (recognised.length === 0) return notEvaluable('表中数字均取自文字层，未经文字识别（OCR）');
  const findings = recognised
    .filter((f) => f.confidence! < LOW_CONFIDENCE)
    .map((f) =>
      makeFinding(rule, {
        message: `识别置信度低：《${tableName(f.table)}》${rowName(ctx, f.table, f.row)}「${f.column}」识别为 ${f.value}（置信度 ${Math.round(f.confidence! * 100)}%，${describeSource(f.source)}），请对照原件核对`,
        location: { table: f.table, row: f.row, column: f.column },
        actual: f.value,
        sources: [f.source],
      }),
    );
  return { checks: recognised.length, findings };
});

export const OCR_CONFIDENCE_RULES: readonly Rule[] = [lowConfidenceRule];
