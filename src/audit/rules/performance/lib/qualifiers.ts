// N-36 A count a 综述 quotes from its 自评表 keeps its subject (usually). The same figure said of residents in one
// place and of employees in the other, or of peritoneal dialysis in one and haemodialysis in the other, means one
// of the two texts is wrong (seed 000: "居民肾病腹膜透析患者8520次" vs "职工肾病血液透析患者4人，透析人次为8520次").

/** Pairs of words that cannot both describe one figure. */
export const OPPOSITES: readonly (readonly [string, string])[] = [
  ['居民', '职工'],
  ['腹膜', '血液'],
  ['门诊', '住院'],
  ['城镇', '农村'],
];

/** For each pair, the nearest of its words before `index` within the sentence, clause by clause. */
export function qualifiers(text: string, index: number): (string | undefined)[] {
  const sentenceStart = Math.max(...['。', '；', ';'].map((d) => text.lastIndexOf(d, index - 1))) + 1;
  const clauses = text.slice(sentenceStart, index).split(/[，,、]/).reverse();
  return OPPOSITES.map((pair) => {
    for (const clause of clauses) {
      const positions = pair.map((w) => clause.lastIndexOf(w));
      const best = positions[0]! > positions[1]! ? 0 : 1;
      if (positions[best]! >= 0) return pair[best];
    }
    return undefined;
  });
}

/** The `count` clauses of `text` that end with the figure at [index, end). */
export function clauses(text: string, index: number, end: number, count: number): string {
  let start = index;
  for (let n = 0; n < count && start > 0; n++) {
    const cut = Math.max(...['，', ',', '。', '；', '：'].map((d) => text.lastIndexOf(d, start - 1)));
    start = cut < 0 ? 0 : cut + (n < count - 1 ? 0 : 1);
    if (cut < 0) break;
  }
  return text.slice(start, end).replace(/^[，,。；：]/, '');
}
