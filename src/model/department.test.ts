import { describe, expect, it } from 'vitest';
import { departmentKey, sameDepartment } from './department.js';

describe('departmentKey', () => {
  it('gives a party organ’s full and short names one key', () => {
    expect(sameDepartment('中国共产党江苏省委员会办公厅', '江苏省委办公厅')).toBe(true);
    expect(sameDepartment('中共江苏省委办公厅', '江苏省委 办公厅')).toBe(true);
    expect(departmentKey('江苏省发展和改革委员会')).toBe('江苏省发展和改革委');
  });

  it('keeps different departments apart', () => {
    expect(sameDepartment('江苏省委办公厅', '江苏省政协办公厅')).toBe(false);
    expect(sameDepartment('江苏省委办公厅', '江苏省人大常委会办公厅')).toBe(false);
  });
});
