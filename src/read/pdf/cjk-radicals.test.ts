import { describe, expect, it } from 'vitest';
import { unifyRadicals } from './cjk-radicals.js';

describe('unifyRadicals', () => {
  it('reads radicals as the ideographs Chromium drew with them (Kangxi by NFKC, the supplement by table)', () => {
    expect(unifyRadicals('⼀般公共预算财政拨款⽀出')).toBe('一般公共预算财政拨款支出');
    expect(unifyRadicals('部⻔名称：⾦额单位')).toBe('部门名称：金额单位');
    expect(unifyRadicals('账⼾')).toBe('账户');
  });

  it('leaves other text as it is', () => {
    expect(unifyRadicals('收入支出决算总表 2024.43')).toBe('收入支出决算总表 2024.43');
  });
});
