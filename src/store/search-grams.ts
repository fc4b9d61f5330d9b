// Chinese has no spaces to split words on, and PostgreSQL's text search and pg_trgm both skip CJK characters
// under the C locale. So text search indexes every pair of adjacent characters (a bigram): a query's bigrams are a
// subset of the bigrams of any text that contains it, so a GIN index over them finds every candidate, and a plain
// substring test on the candidates then gives the exact answer.

const SPACE = /\s/u;

/** The distinct bigrams of a text, skipping pairs that contain whitespace (the query skips the same pairs). */
export function searchGrams(text: string): string[] {
  const chars = Array.from(text.toLowerCase());
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (SPACE.test(a) || SPACE.test(b)) continue;
    grams.add(a + b);
  }
  return [...grams].sort();
}
