import { describe, expect, it } from 'vitest';
import { chainNames } from './item-names.js';

describe('class/款/项 chains', () => {
  it('parses the printed chain', () => {
    expect(chainNames('5. 卫生健康支出（类） 医疗救助（款）城乡医疗救助（项）')).toEqual({ 类: '卫生健康支出', 款: '医疗救助', 项: '城乡医疗救助' });
  });
});
