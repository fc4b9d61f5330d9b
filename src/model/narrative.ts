import { z } from 'zod';
import { SourceSchema } from './source.js';

/** A paragraph of running text with its place in the heading hierarchy. */
export const ParagraphSchema = z.object({
  text: z.string(),
  source: SourceSchema,
  /** A paragraph printed over several lines: where each line starts in `text` and where it was printed. */
  pieces: z.array(z.object({ offset: z.number().int(), source: SourceSchema })).optional(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SectionSchema = z.object({
  /** Headings from the outermost to this section, as printed. */
  path: z.array(z.string()),
  source: SourceSchema,
  paragraphs: z.array(ParagraphSchema),
});
export type Section = z.infer<typeof SectionSchema>;
