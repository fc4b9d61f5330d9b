import { describe, expect, it } from 'vitest';
import { parseCli, usage } from './args.js';

describe('parseCli', () => {
  it('reads a command, its paths and --json in any position', () => {
    expect(parseCli(['check', 'a.txt'])).toEqual({ kind: 'run', command: 'check', paths: ['a.txt'], json: false });
    expect(parseCli(['facts', '--json', 'a.txt', 'dir'])).toEqual({ kind: 'run', command: 'facts', paths: ['a.txt', 'dir'], json: true });
    expect(parseCli(['check', 'a.txt', '--json'])).toMatchObject({ json: true });
  });

  it('takes paths starting with - after --', () => {
    expect(parseCli(['check', '--', '-odd.txt'])).toEqual({ kind: 'run', command: 'check', paths: ['-odd.txt'], json: false });
  });

  it('gives help for --help, -h, help and help <command>', () => {
    expect(parseCli(['--help'])).toEqual({ kind: 'help' });
    expect(parseCli(['-h'])).toEqual({ kind: 'help' });
    expect(parseCli(['help'])).toEqual({ kind: 'help' });
    expect(parseCli(['help', 'check'])).toEqual({ kind: 'help', topic: 'check' });
    expect(parseCli(['facts', '--help'])).toEqual({ kind: 'help', topic: 'facts' });
  });

  it.each([
    [[], '缺少命令'],
    [['audit', 'a.txt'], '未知命令「audit」'],
    [['help', 'audit'], '未知命令「audit」'],
    [['check'], '至少一个文件或目录'],
    [['check', 'a.txt', '--verbose'], '未知选项「--verbose」'],
    [['check', 'a.txt', '-x'], '未知选项「-x」'],
    [['check', 'a.txt', '--json=yes'], '选项「--json」不接受参数'],
  ])('rejects %j with a Chinese message', (argv, message) => {
    const parsed = parseCli(argv);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.message).toContain(message);
  });
});

describe('usage', () => {
  it('lists the commands, the options and the exit statuses in Chinese', () => {
    const text = usage();
    for (const word of ['juesuan check', 'juesuan facts', 'juesuan help', '--json', '退出状态', '.docx']) expect(text).toContain(word);
  });

  it('describes one command', () => {
    expect(usage('facts')).toMatch(/^用法：juesuan facts/);
    expect(usage('check')).toContain('{ document, findings, summary }');
  });
});
