import Big from 'big.js';
import type { PerformanceEvaluation, PerformanceIndicator } from '../../../model/performance.js';
import { defineRule, makeFinding } from '../../engine.js';
import { FINAL_ACCOUNTS_AND_REPORTS } from '../../kinds.js';
import { NO_TABLES, none, overEvaluations, type Checked } from './lib/outcome.js';
import { dec, describe, isDecimal, isTable, locate, moneyInYuan, parseIndicatorValue, totalLine, unitOf } from './lib/support.js';

/** The same quantity printed at two precisions: equal once both are rounded to the coarser one. */
function agree(a: Big, aDecimals: number, b: Big, bDecimals: number): boolean {
  const dp = Math.min(aDecimals, bDecimals);
  return a.round(dp, Big.roundHalfUp).eq(b.round(dp, Big.roundHalfUp));
}

/** Decimals of a value as printed, expressed in 万元. */
function decimalsIn万(text: string, unit: string): number {
  const d = (/\d+(?:\.(\d+))?/.exec(text.replace(/[,，\s]/g, ''))?.[1] ?? '').length;
  return unit === '元' ? d + 4 : unit === '亿元' ? Math.max(0, d - 4) : d;
}

const CLOSE = new Big('0.05');

interface Mismatch {
  indicator: PerformanceIndicator;
  field: 'target' | 'actual';
  value: Big;
  nearest: { name: string; value: string };
}

const isMoneyIndicator = (i: PerformanceIndicator): boolean => /成本|资金|支出|经费|费用/.test(`${i.level1 ?? ''}${i.level2 ?? ''}${i.name}`);

export const K_13 = defineRule(
  {
    id: 'K-13',
    family: 'performance',
    severity: 'warning',
    title: '指标中的金额与资金情况一致',
    description: '绩效指标中写的金额（如成本指标）通常应与自评表的资金情况一致（注意元与万元换算）。',
    basis: '通常成立：同一笔资金在表内各处应一致。',
    fix: '核对指标中的金额和资金情况，改正不一致之处。',
    kinds: FINAL_ACCOUNTS_AND_REPORTS,
  },
  (ctx, rule) =>
    overEvaluations(ctx, isTable, NO_TABLES, (e: PerformanceEvaluation): Checked => {
      const total = totalLine(e);
      if (!total) return none;
      const unit = unitOf(e, total);
      const block = (keys: ('declaredBudget' | 'initialBudget' | 'annualBudget' | 'executed')[]) =>
        keys.flatMap((k) =>
          isDecimal(total[k])
            ? [{ name: { declaredBudget: '目标申报数', initialBudget: '年初预算数', annualBudget: '全年预算数', executed: '全年执行数' }[k], value: total[k] }]
            : [],
        );
      let checks = 0;
      const mismatches: Mismatch[] = [];
      for (const indicator of e.indicators.filter(isMoneyIndicator)) {
        for (const field of ['target', 'actual'] as const) {
          const parsed = parseIndicatorValue(indicator[field]);
          const yuan = parsed && moneyInYuan(parsed);
          if (!parsed || !yuan || yuan.eq(0)) continue;
          const value万 = yuan.div(10000);
          const decimals = decimalsIn万(indicator[field]!, parsed.unit);
          const candidates = block(field === 'actual' ? ['executed'] : ['annualBudget', 'initialBudget', 'declaredBudget']).map((c) => ({
            ...c,
            v: dec(c.value).times(unit === '元' ? new Big('0.0001') : 1),
          }));
          const close = candidates.filter((c) => !c.v.eq(0) && c.v.minus(value万).abs().div(c.v).lte(CLOSE));
          if (!close.length) continue;
          checks++;
          if (close.some((c) => agree(value万, decimals, c.v, decimalsIn万(c.value, unit)))) continue;
          mismatches.push({ indicator, field, value: value万, nearest: { name: close[0]!.name, value: close[0]!.value } });
        }
      }
      if (!checks) return none;
      const byIndicator = [...new Set(mismatches.map((m) => m.indicator))];
      const findings = byIndicator.map((indicator) => {
        const own = mismatches.filter((m) => m.indicator === indicator);
        const name = [indicator.level2, indicator.name].filter(Boolean).join(' ');
        const what = own
          .map(
            (m) =>
              `${m.field === 'actual' ? '实际完成值' : '指标值'} ${indicator[m.field]}（${m.value.toFixed()} 万元）与资金情况中的${m.nearest.name} ${m.nearest.value} ${unit}`,
          )
          .join('，');
        return makeFinding(rule, {
          message: `${describe(e)} ${name}：${what}不一致（相差不到5%，应为同一金额；扫描表格中也可能是识别错误，请核对原件）`,
          location: locate(e, `${name} ${own.map((m) => indicator[m.field]).join(' ')}`),
          expected: own.map((m) => m.nearest.value).join('；'),
          actual: own.map((m) => m.value.toFixed()).join('；'),
          sources: [indicator.source, total.source],
        });
      });
      return { checks, findings };
    }),
);
