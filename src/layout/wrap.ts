/**
 * How many lines a text takes where the browser wraps it at its spaces, counted word by word:
 * an estimate from its whole width (a tenth kept for the ends of lines) falls one line short
 * where a long word ends a line early, and the box cut to that many lines hid the text's end.
 */

/**
 * Lines `text` takes in a box `inner` px wide, its words wrapped whole, the first line `first` px
 * shorter (a core label's number stands there), each word measured by `width`.
 */
export function wrappedLines(
  text: string,
  width: (text: string) => number,
  inner: number,
  first = 0,
): number {
  const space = width(' ');
  let lines = 1;
  let used = first;
  for (const word of text.split(' ')) {
    if (!word) continue;
    const w = width(word);
    if (used > (lines === 1 ? first : 0) && used + space + w > inner) {
      lines++;
      used = w;
    } else used += (used > (lines === 1 ? first : 0) ? space : 0) + w;
  }
  return lines;
}
