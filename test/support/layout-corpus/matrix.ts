// The corpus's figures for BENCHMARKS.md: per family × format, facts read exactly of all printed, numbers
// reported unread, and cases passing; a pair the family does not exist in is marked, its reason listed below.
import { FAMILIES, FORMAT_NAMES, type FormatId } from './families.js';
import type { CaseOutcome } from './judge.js';

/** The matrix of the outcomes over the given formats, as a Markdown table with the absent pairs explained. */
export function corpusMatrix(outcomes: readonly CaseOutcome[], formats: readonly FormatId[]): string {
  const head = `| family | ${formats.map((f) => FORMAT_NAMES[f]).join(' | ')} |`;
  const rule = `| --- | ${formats.map(() => '---').join(' | ')} |`;
  const absent: string[] = [];
  const rows = FAMILIES.map((family) => {
    const cells = formats.map((format) => {
      const own = outcomes.filter((o) => o.case.family === family.id && o.case.format === format);
      const exists = family.formats[format];
      if (exists !== true) {
        absent.push(`- ${family.id} × ${FORMAT_NAMES[format]}: ${exists}`);
        return '—';
      }
      if (own.length === 0) return 'not run';
      const sum = (pick: (o: CaseOutcome) => number) => own.reduce((n, o) => n + pick(o), 0);
      return `${sum((o) => o.exact)}/${sum((o) => o.total)} exact, ${sum((o) => o.unread)} unread, ${own.filter((o) => o.pass).length}/${own.length} pass`;
    });
    return `| ${family.id} ${family.name} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows, '', ...(absent.length ? ['Pairs that do not exist:', ...absent] : [])].join('\n');
}
