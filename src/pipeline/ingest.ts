// Ingest: one file into the store, by its content hash, analysed at most once. The same bytes stored already give
// the stored disclosure; the same bytes arriving twice at once are analysed once (the second waits for the first).
// With a queue (src/queue), the queue's ingester takes this one's place; both store through storeAnalysis.
import { complements } from '../extract/package-parts.js';
import type { Analysis } from '../model/analysis.js';
import type { FileInput, ImportResult, Repository, StoredFileRef } from '../store/repository.js';
import { sha256Hex } from '../store/repository.js';
import { analysePackage } from './analyse.js';
import { recheckAfterImport } from './cross-document.js';
import type { Analyser } from './pool.js';

/** Tries to join a package whose disclosure changes under it (another part, a new version) before storing alone. */
const JOIN_ATTEMPTS = 3;

/**
 * Stores a file's analysis. A file holding other parts of a package the store has (the tables of a department's
 * 预算 whose explanation is stored, or the other way round: extract/package-parts.ts) joins that disclosure, which
 * is audited again with all its files; any other file is a disclosure of its own, a new version when its
 * department, year and kind are stored already. Then the department's related documents are checked against it,
 * and it against them (cross-document.ts).
 */
export async function storeAnalysis(repo: Repository, file: FileInput | StoredFileRef, analysis: Analysis, rulesVersion: string): Promise<ImportResult> {
  const result = await joinOrImport(repo, file, analysis, rulesVersion);
  if (result.created) await recheckAfterImport(repo, result.id);
  return result;
}

async function joinOrImport(repo: Repository, file: FileInput | StoredFileRef, analysis: Analysis, rulesVersion: string): Promise<ImportResult> {
  for (let attempt = 0; attempt < JOIN_ATTEMPTS; attempt++) {
    const host = (await repo.currentOfSeries(analysis.disclosure.document)).find((h) => complements(h.disclosure, analysis.disclosure));
    if (!host) break;
    const joined = analysePackage([host.disclosure, analysis.disclosure]);
    const result = await repo.addPart(host.id, file, joined, rulesVersion, host.parts);
    if (result) return result;
  }
  return joinStoredPart(repo, await repo.importAnalysis(file, analysis, rulesVersion), analysis, rulesVersion);
}

/**
 * Two parts of one package stored at once (two queue workers), each before the other was there to join, are two
 * disclosures: the later of them folds into the earlier. Both importers may try; the second finds nothing to do.
 */
export async function joinStoredPart(repo: Repository, stored: ImportResult, analysis: Analysis, rulesVersion: string): Promise<ImportResult> {
  if (!stored.created) return stored;
  const folded = await foldedElsewhere(repo, stored);
  if (folded) return folded;
  const other = (await repo.currentOfSeries(analysis.disclosure.document)).find((h) => h.id !== stored.id && complements(h.disclosure, analysis.disclosure));
  if (!other) return stored;
  const self = { id: stored.id, disclosure: analysis.disclosure };
  const [host, part] = other.id < self.id ? [other, self] : [self, other];
  const superseded = await repo.foldInto(host.id, part.id, analysePackage([host.disclosure, part.disclosure]), rulesVersion);
  if (!superseded) return (await foldedElsewhere(repo, stored)) ?? stored;
  return part === self ? { id: host.id, sha256: stored.sha256, created: true, superseded, joined: true } : { ...stored, superseded: [...stored.superseded, ...superseded] };
}

/** The stored file's result once the other importer folded it into its disclosure; undefined while it is its own. */
async function foldedElsewhere(repo: Repository, stored: ImportResult): Promise<ImportResult | undefined> {
  const now = await repo.idBySha256(stored.sha256);
  return now !== undefined && now !== stored.id ? { ...stored, id: now, superseded: [], joined: true } : undefined;
}

export interface Ingester {
  ingest(file: FileInput): Promise<ImportResult>;
}

/** Analyses here (on the analyser's threads) and stores. */
export function directIngester(repo: Repository, analyser: Analyser): Ingester {
  const inflight = new Map<string, Promise<ImportResult>>();
  return {
    async ingest(file) {
      const sha256 = sha256Hex(file.bytes);
      const existing = await repo.idBySha256(sha256);
      if (existing !== undefined) return { id: existing, sha256, created: false, superseded: [] };
      const running = inflight.get(sha256);
      if (running) return { ...(await running), created: false, superseded: [] };
      const work = (async () => storeAnalysis(repo, file, await analyser.analyse(file.name, file.bytes), analyser.rulesVersion))();
      inflight.set(sha256, work);
      try {
        return await work;
      } finally {
        inflight.delete(sha256);
      }
    },
  };
}
