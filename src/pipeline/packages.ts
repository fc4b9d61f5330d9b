// Which files of a batch are parts of one disclosure. Apart from analyse.ts so that a process that only groups what
// its pool's threads read (the CLI's batch) does not load the readers and the rules.
import { combineParts, groupPackages } from '../extract/package-parts.js';
import type { Disclosure } from '../model/disclosure.js';

/**
 * Disclosures read from several files, as packages (extract/package-parts.ts): the parts of one package, a
 * department's tables in one file and its explanation in another, become one disclosure; each group lists the
 * indexes of the disclosures it was made of, in order.
 */
export function combinePackages(disclosures: readonly Disclosure[]): { disclosure: Disclosure; from: number[] }[] {
  return groupPackages(disclosures).map((parts) => ({ disclosure: combineParts(parts), from: parts.map((p) => disclosures.indexOf(p)) }));
}
