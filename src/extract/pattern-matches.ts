// Every match of a global pattern in a text. The narrative and number readers run module-level patterns over every
// sentence and cell; `matchAll` would clone the RegExp for each call, `exec` on the shared pattern does not.

export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  // without the g flag exec would find the first match for ever
  if (!pattern.global) throw new Error(`matchesOf needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex++; // an empty match would be found again at the same place
  }
  return found;
}
