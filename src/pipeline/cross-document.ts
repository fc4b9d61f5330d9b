// Checks across documents in the store: when a disclosure arrives, is replaced (a new version, a re-audit) or is
// deleted, the rules across documents run again on every current disclosure of its department that may compare
// with it (its own year and the year after), each with the department's current disclosures of its own year and
// the year before as related documents. The audit decides which of them it compares with; the store keeps the
// outcome beside each disclosure's own audit.
import { auditAcross, withCrossDocument } from '../audit/index.js';
import { relatedRef, type RelatedDocument } from '../model/related-document.js';
import { Repository } from '../store/repository.js';

/** Where a change happened: a department and a year. */
export interface Place {
  departmentId: number;
  year: number;
}

async function relatedDocument(repo: Repository, id: number): Promise<RelatedDocument | undefined> {
  const detail = await repo.get(id);
  if (!detail) return undefined;
  const disclosure = Repository.toDisclosure(detail);
  // Named by the file as stored, which is what the portal shows.
  return { ref: relatedRef({ ...disclosure, document: { ...disclosure.document, file: detail.fileName } }, id), disclosure };
}

/** Runs the rules across documents again on one stored disclosure and stores their findings and outcome. */
export async function recheckDisclosure(repo: Repository, id: number): Promise<void> {
  const [auditedAt, own, subject, relatedIds] = await Promise.all([repo.auditedAt(id), repo.ownSummary(id), relatedDocument(repo, id), repo.relatedIds(id)]);
  if (!auditedAt || !own || !subject) return;
  const related = (await Promise.all(relatedIds.map((n) => relatedDocument(repo, n)))).filter((r): r is RelatedDocument => r !== undefined);
  const across = auditAcross(subject.disclosure, related);
  // Not written when the department changed meanwhile: the run that change started writes the result instead.
  await repo.replaceCrossDocument(id, across.findings, withCrossDocument(own, across), { relatedIds, auditedAt });
}

/**
 * After a change at `place` (and to `id`, when it still exists): the disclosure itself and every current one of
 * the department that may compare with it are checked again.
 */
export async function recheckAround(repo: Repository, place: Place | undefined, id?: number): Promise<void> {
  const ids = new Set<number>(id === undefined ? [] : [id]);
  if (place) for (const x of await repo.currentIds(place.departmentId, [place.year, place.year + 1])) ids.add(x);
  for (const x of [...ids].sort((a, b) => a - b)) await recheckDisclosure(repo, x);
}

/** After a disclosure was stored or analysed again. */
export async function recheckAfterImport(repo: Repository, id: number): Promise<void> {
  await recheckAround(repo, await repo.placeOf(id), id);
}
