import { describe, expect, it } from 'vitest';
import { runNarrative } from '../../../../test/support/narrative.js';
import { N_29 } from './N-29.js';

const OVERVIEW = '## 一、收入支出决算总体情况说明\n';
const run = (text: string) => runNarrative([N_29], { text: OVERVIEW + text, facts: [] });

describe('N-29 收入总计与支出总计的增减额、增减率相同', () => {


  it('passes equal changes of 收入总计 and 支出总计', () => {
    expect(run('与上年相比，收入总计减少3,070.80万元，支出总计减少3,070.80万元。').findings).toEqual([]);
  });

  it('reports changes of 收入总计 and 支出总计 that differ', () => {
    expect(run('与上年相比，收入总计减少3,070.80万元，支出总计减少3,071.80万元。').findings[0]).toMatchObject({ rule: 'N-29', severity: 'error' });
  });
});
