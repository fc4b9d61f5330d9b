import type { Block } from '../layout.js';
import { joinContinuedTables } from './continuations.js';
import { removePageFurniture } from './page-furniture.js';
import type { Page } from './page-model.js';
import { joinParagraphs } from './paragraphs.js';

/**
 * The pages' blocks as one layout, in reading order: page furniture dropped, tables continued over pages joined,
 * wrapped lines joined into paragraphs.
 */
export function assemble(pages: Page[]): Block[] {
  const joined = joinContinuedTables(removePageFurniture(pages));
  return joinParagraphs(joined).map((b) => (b.kind === 'grid' ? b.grid : b));
}
