export type { ChartSpec, DraftedDisclosure, DraftPart, DraftParagraph, DraftRun, DraftSection, DraftTable } from './drafted.js';
export { draftDisclosure, PART_IDS } from './draft-disclosure.js';
export { THREE_PUBLIC_COUNTS, type DraftOptions, type ThreePublicCount } from './options.js';
export { SECTION_IDS } from './sections/section.js';
export { CHART_IDS } from './charts.js';
export { paragraphText } from './runs.js';
export { asReadDraft } from './as-read.js';
