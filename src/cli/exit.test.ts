import { describe, expect, it } from 'vitest';
import { EmptyFileError, InputError, NotADisclosureError } from '../model/errors.js';
import { describeError, errorText } from './errors.js';
import { checkExitCode, EXIT, worstExitCode } from './exit.js';

describe('exit statuses', () => {
  it('check gives 1 when some finding is an error, or when some number could not be read', () => {
    const read = { reading: { complete: true, incompleteTables: [], unreadNumbers: 0 } };
    const unread = { reading: { complete: false, incompleteTables: ['T02' as const], unreadNumbers: 3 } };
    expect(checkExitCode({ findings: [], summary: read })).toBe(0);
    expect(checkExitCode({ findings: [{ severity: 'info' }, { severity: 'warning' }], summary: read })).toBe(0);
    expect(checkExitCode({ findings: [{ severity: 'info' }, { severity: 'error' }], summary: read })).toBe(1);
    expect(checkExitCode({ findings: [{ severity: 'warning' }], summary: unread })).toBe(1);
  });

  it('several files give the worst status', () => {
    expect(worstExitCode([])).toBe(0);
    expect(worstExitCode([0, 1, 0])).toBe(1);
    expect(worstExitCode([1, 2, 0])).toBe(2);
    expect(worstExitCode([2, 3, 1])).toBe(3);
  });
});

describe('describeError', () => {
  it('passes an InputError through with its code and Chinese message, status 2', () => {
    expect(describeError(new EmptyFileError('a.txt'), 'a.txt')).toEqual({
      code: 'empty-file',
      message: '文件 a.txt 是空的，没有可读取的内容。',
      exitCode: EXIT.input,
    });
    expect(describeError(new NotADisclosureError('b.txt', '没有标准表'), 'b.txt').exitCode).toBe(2);
  });

  it('recognises an InputError by its shape too (another copy of the class)', () => {
    const foreign = Object.assign(new Error('文件 c.txt 坏了'), { code: 'unreadable-file', file: 'c.txt' });
    expect(describeError(foreign, 'c.txt')).toMatchObject({ code: 'unreadable-file', exitCode: 2 });
    expect(new InputError('x', 'c.txt', 'm')).toBeInstanceOf(Error);
  });

  it('turns operating-system errors into a Chinese message naming the file, status 2', () => {
    const e = Object.assign(new Error("EACCES: permission denied, open 'd.txt'"), { code: 'EACCES' });
    expect(describeError(e, 'd.txt')).toEqual({ code: 'unreadable-file', message: '无法读取文件 d.txt：没有读取权限', exitCode: 2 });
  });

  it('reports anything else as an internal error, status 3, with the stack only when debugging', () => {
    const e = new TypeError('x is undefined');
    const quiet = describeError(e, 'e.txt', false);
    expect(quiet.exitCode).toBe(3);
    expect(quiet.code).toBe('internal');
    expect(quiet.message).toContain('内部错误');
    expect(quiet.message).toContain('e.txt');
    expect(quiet.message).toContain('x is undefined');
    expect(quiet.stack).toBeUndefined();
    expect(errorText(quiet)).not.toMatch(/^\s+at /m);
    const loud = describeError(e, 'e.txt', true);
    expect(errorText(loud)).toMatch(/^\s+at /m);
    expect(describeError('a string', undefined, false).message).toContain('a string');
  });
});
