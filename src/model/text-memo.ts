// A memo for pure functions of a printed text. The extractors and rules ask the same questions of the same cells
// and lines many times over (a line is a heading candidate, a title candidate, a header, a department mention …);
// the answer is worked out once while it stays in the memo. Bounded: it holds about a document's texts and is
// emptied when full.

const DEFAULT_SIZE = 20000;

export function memoizeText<T>(compute: (text: string) => T, size = DEFAULT_SIZE): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const found = known.get(text);
    if (found !== undefined || known.has(text)) return found as T;
    const result = compute(text);
    if (known.size >= size) known.clear();
    known.set(text, result);
    return result;
  };
}
