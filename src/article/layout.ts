/** A trimmed piece of text: a line, or several soft-wrapped lines read as one. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  /** How many lines the unit is made of. */
  readonly lineCount: number;
  /** Whether a blank line (or the text start) comes right before the unit. */
  readonly afterBlank: boolean;
}

const SOFT_WRAP_MIN = 60;
const LIST_MARKER = /^(?:[-*•·–]\s|\d{1,3}[.)]\s)/;

const isBlankCode = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 11;

/** Whether a line opens a list item ("- ", "• ", "3. ", "3) "). */
export function isListItem(line: string): boolean {
  return LIST_MARKER.test(line);
}

/** Whether a text ends like a sentence: . ! ? … or : ; possibly followed by closing quotes or brackets. */
export function endsWithClosingPunctuation(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && "”\"’»)]›'".includes(text.charAt(i))) i--;
  return i >= 0 && ".!?…:;".includes(text.charAt(i));
}

/**
 * Splits a text into its trimmed lines and groups them into units: a line is its own unit
 * unless it is long (60+ characters), has no closing punctuation, and the next line follows
 * without a blank line — then the lines are one soft-wrapped paragraph. With `firstLineAlone`
 * the first line (a headline) never takes the next one in. Linear.
 */
export function layoutUnits(text: string, options: { readonly firstLineAlone?: boolean } = {}): Unit[] {
  const units: Unit[] = [];
  let lineStart = 0;
  let blankBefore = true;
  // The unit being built: its start, the start and end of its last line, its line count.
  let uStart = -1;
  let lastStart = 0;
  let lastEnd = 0;
  let count = 0;
  let uBlank = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isBlankCode(text.charCodeAt(s))) s++;
    while (e > s && isBlankCode(text.charCodeAt(e - 1))) e--;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
    if (e === s) {
      blankBefore = true;
      continue;
    }
    const joins =
      uStart >= 0 && !(options.firstLineAlone === true && units.length === 0) && !blankBefore &&
      lastEnd - lastStart >= SOFT_WRAP_MIN && !endsWithClosingPunctuation(text.slice(lastStart, lastEnd)) &&
      !isListItem(text.slice(s, Math.min(e, s + 6)));
    if (joins) {
      count++;
    } else {
      if (uStart >= 0) units.push({ start: uStart, end: lastEnd, lineCount: count, afterBlank: uBlank });
      uStart = s;
      count = 1;
      uBlank = blankBefore;
    }
    lastStart = s;
    lastEnd = e;
    blankBefore = false;
  }
  if (uStart >= 0) units.push({ start: uStart, end: lastEnd, lineCount: count, afterBlank: uBlank });
  return units;
}
