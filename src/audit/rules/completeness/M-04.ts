import { describeSource } from '../../../model/source.js';
import { defineRule, makeFinding, notEvaluable } from '../../engine.js';
import { KINDS_WITH_TABLES } from '../../kinds.js';
import { rowName, tableName } from '../../naming.js';
import { LOW_CONFIDENCE } from '../../ocr-confidence.js';

export const M_04 = defineRule(
  {
    id: 'M-04',
    family: 'completeness',
    severity: 'warning',
    title: '扫描件识别的数字置信度足够',
    description: '扫描件中的表格数字是经文字识别（OCR）读出的；识别把握不大的数字单独列出，请人工对照原件确认。',
    basis: '审核只能依据读准的数字；识别可信度低的数字不作为可信值参与判断。',
    fix: '对照原件确认所列数字；如可能，请公开带文字层的PDF或电子表格版本。',
    kinds: KINDS_WITH_TABLES,
  },
  (ctx, rule) => {
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
  },
);
