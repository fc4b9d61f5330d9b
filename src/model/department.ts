// One department printed under several names: a party organ is named in full (中国共产党江苏省委员会办公厅) or short
// (中共江苏省委办公厅, 江苏省委办公厅), and 委员会 is shortened to 委 in either. Files one department publishes
// apart (the tables and the explanation of one package) may name it either way.

/**
 * The name reduced to what its long and short forms share: without the party's name before it, 委员会 as 委,
 * whitespace removed. Two names with the same key name the same department.
 */
export function departmentKey(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/^(?:中国共产党|中共)/, '')
    .replace(/委员会/g, '委');
}

/** Whether two printed names name the same department. */
export const sameDepartment = (a: string, b: string): boolean => departmentKey(a) === departmentKey(b);
