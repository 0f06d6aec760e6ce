import { isWordCode } from "./tokens.js";

/** A top-level quotation found between quote marks: where the marks and the words are. */
export interface MarkedSpan {
  /** Index of the opening mark. */
  readonly open: number;
  /** Index of the closing mark, or the region end when the quote is never closed. */
  readonly close: number;
  /** First and after-last index of the quoted words, white space trimmed. */
  readonly start: number;
  readonly end: number;
  /** `false` when the region ended before a closing mark (a quote running to the paragraph end). */
  readonly closed: boolean;
}

// Which closing mark ends a quote opened by each mark. „ closes with “ or ” (German and
// Polish), » opens a Danish/German »…« quote when no « is open, ” opens a Swedish ”…” quote.
const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  "“": ["”"],
  "„": ["“", "”"],
  "«": ["»"],
  "»": ["«"],
  "‘": ["’"],
  "‚": ["‘", "’"],
  "‹": ["›"],
  "\"": ["\""],
  "”": ["”"],
};

const isSpace = (ch: string | undefined): boolean =>
  ch === undefined || ch === "" || ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0";
const NO_SPANS: readonly MarkedSpan[] = Object.freeze([]);
const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const LOW9 = 0x201e; // „
const LAQ = 0xab; // «
const RAQ = 0xbb; // »
const LSQ = 0x2018; // ‘
const LOW9S = 0x201a; // ‚
const RSQ = 0x2019; // ’
const LSAQ = 0x2039; // ‹
const RSAQ = 0x203a; // ›
const STRAIGHT = 0x22; // "
const SLOTS = [LDQ, RDQ, LOW9, LAQ, RAQ, LSQ, LOW9S, RSQ, LSAQ, RSAQ, STRAIGHT];
// Code unit → 1 + its slot in SLOTS (0: not a quote mark); every mark is below U+2040.
const SLOT_OF = new Uint8Array(0x2040);
SLOTS.forEach((code, slot) => {
  SLOT_OF[code] = slot + 1;
});
const slotOf = (code: number): number => (code < 0x2040 ? (SLOT_OF[code] ?? 0) : 0) - 1;

// The run of characters up to the next quote mark (any of SLOTS): the regular-expression engine
// skips prose several times faster than a loop over its characters. Sticky, and read only
// through nextQuoteMark.
const UP_TO_QUOTE_MARK = /[^"\u00ab\u00bb\u2018-\u201a\u201c-\u201e\u2039\u203a]*/y;

/** The index of the first quote mark at or after `from` in `text`, or `text.length`. */
function nextQuoteMark(text: string, from: number): number {
  UP_TO_QUOTE_MARK.lastIndex = from;
  UP_TO_QUOTE_MARK.test(text);
  return UP_TO_QUOTE_MARK.lastIndex;
}

/** Whether `text.slice(start, end)` holds any quote mark. */
export function hasQuoteMark(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const region = regionOf(text, start, end);
  return nextQuoteMark(region, 0) < region.length;
}
const CLOSER_CODES: ReadonlyMap<number, readonly number[]> = new Map(
  Object.entries(CLOSERS).map(([opener, closers]) => [opener.charCodeAt(0), closers.map((c) => c.charCodeAt(0))]),
);
const OPEN_CONTEXT = new Set(["(", "[", "{", "—", "–", "-", ":", ",", "“", "‘", "«", "„", "\"", "/"]);

function opensHere(text: string, i: number, regionStart: number): boolean {
  const before = i > regionStart ? text.charAt(i - 1) : undefined;
  const after = text.charAt(i + 1);
  return (before === undefined || isSpace(before) || OPEN_CONTEXT.has(before)) && after !== "" && !isSpace(after);
}

function trimmedSpan(text: string, from: number, to: number): readonly [number, number] {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charAt(s))) s++;
  while (e > s && isSpace(text.charAt(e - 1))) e--;
  return [s, e];
}

/**
 * Finds the top-level quotations of `text.slice(regionStart, regionEnd)` with a stack of open
 * marks, so nested quotes (‘…’ inside “…”) stay inside their outer quote and a stray opening
 * mark cannot pair with a mark of another kind. A closing mark that matches an opener deeper in
 * the stack closes it and drops the unclosed openers above it; a quote still open at the
 * region end runs to the region end (the convention of a quote that goes on into the next
 * paragraph). ’ between letters is an apostrophe, never a closing mark. Straight single quotes
 * ('…') are read after the other marks, outside their quotations, by stricter rules (see
 * scanStraightSingles). Linear: each mark is pushed and popped at most once.
 */
export function scanQuoteMarks(text: string, regionStart: number, regionEnd: number): readonly MarkedSpan[] {
  const marked = scanPairedMarks(text, regionStart, regionEnd);
  if (!hasStraightQuote(text, regionStart, regionEnd)) return marked;
  const singles = scanStraightSingles(text, regionStart, regionEnd, marked);
  return singles.length === 0 ? marked : [...marked, ...singles].sort((a, b) => a.open - b.open);
}

/** Whether the region may hold a quotation: a quote mark of any kind, straight single quotes included. */
export function mayHoldQuote(text: string, start: number, end: number): boolean {
  return hasQuoteMark(text, start, end) || hasStraightQuote(text, start, end);
}

/**
 * Whether `text.slice(start, end)` holds a straight single quote. The search stays inside the
 * region: one that ran on to the next mark of the whole text would make a text of many
 * paragraphs quadratic.
 */
function hasStraightQuote(text: string, start: number, end: number): boolean {
  return start < end && regionOf(text, start, end).includes("'");
}

/** `text.slice(start, end)`, which shares the text's characters (no copy), or the text itself. */
function regionOf(text: string, start: number, end: number): string {
  return start === 0 && end >= text.length ? text : text.slice(start, end);
}

// A straight single quote closes a quotation only where no apostrophe stands: after sentence
// punctuation ('We held,' he said) or before it ('a waste'.), or at the end of the paragraph.
const ENDS_BEFORE_CLOSE = new Set([".", ",", "!", "?", "…"]);
const FOLLOWS_CLOSE = new Set([".", ",", ";", ":", "!", "?", ")", "]", "—", "–", "…"]);

// Words written with a leading apostrophe for left-out letters ('em, 'til, rock 'n' roll): no opening quote.
const ELISIONS = new Set(["em", "n", "til", "tis", "twas", "cause", "bout", "round", "neath", "cos", "coz"]);

/** Whether the word at `from` is an elision or a clipped year ('90s, '22). */
function isElisionAt(text: string, from: number, regionEnd: number): boolean {
  let end = from;
  while (end < regionEnd && end - from <= 6 && isWordCode(text.charCodeAt(end))) end++;
  const word = text.slice(from, end).toLowerCase();
  return ELISIONS.has(word) || /^\d\ds?$/.test(word);
}

/**
 * Quotations in straight single quotes ('…'), which plain-text copies use, outside the spans
 * already found. The mark is also the apostrophe, so this reads conservatively: one between word
 * characters is an apostrophe; an opener follows white space or an opening context and precedes
 * a word character; a closer must stand where an apostrophe cannot (ENDS_BEFORE_CLOSE, FOLLOWS_CLOSE), so "the soldiers'
 * barracks" closes nothing; an opener never closed ('90s, 'em) makes no quotation. Linear.
 */
function scanStraightSingles(text: string, regionStart: number, regionEnd: number, taken: readonly MarkedSpan[]): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let opener = -1;
  let t = 0;
  const region = regionOf(text, regionStart, regionEnd);
  for (let at = region.indexOf("'"); at >= 0; at = region.indexOf("'", at + 1)) {
    const i = regionStart + at;
    while (t < taken.length && (taken[t] as MarkedSpan).close < i) t++;
    const inside = taken[t];
    if (inside !== undefined && inside.open <= i) {
      opener = -1;
      at = inside.close - regionStart;
      continue;
    }
    const prev = i > regionStart ? text.charAt(i - 1) : undefined;
    const next = i + 1 < regionEnd ? text.charAt(i + 1) : undefined;
    const prevWord = prev !== undefined && isWordCode(prev.charCodeAt(0));
    const nextWord = next !== undefined && isWordCode(next.charCodeAt(0));
    if (prevWord && nextWord) continue;
    const closes = opener >= 0 && prev !== undefined && !isSpace(prev) && !nextWord &&
      (ENDS_BEFORE_CLOSE.has(prev) || next === undefined || next === "\n" || next === "\r" || FOLLOWS_CLOSE.has(next));
    if (closes) {
      const [s, e] = trimmedSpan(text, opener + 1, i);
      if (e > s) spans.push({ open: opener, close: i, start: s, end: e, closed: true });
      opener = -1;
    } else if ((prev === undefined || isSpace(prev) || OPEN_CONTEXT.has(prev)) && nextWord && !isElisionAt(text, i + 1, regionEnd)) {
      opener = i;
    }
  }
  return spans;
}

function scanPairedMarks(text: string, regionStart: number, regionEnd: number): readonly MarkedSpan[] {
  const region = regionOf(text, regionStart, regionEnd);
  const first = nextQuoteMark(region, 0);
  if (first >= region.length) return NO_SPANS;
  const spans: MarkedSpan[] = [];
  const marks: number[] = [];
  const positions: number[] = [];
  const openCount = SLOTS.map(() => 0);
  const open = (code: number): boolean => (openCount[slotOf(code)] ?? 0) > 0;
  const push = (code: number, at: number): void => {
    marks.push(code);
    positions.push(at);
    const slot = slotOf(code);
    openCount[slot] = (openCount[slot] ?? 0) + 1;
  };
  const popTo = (depth: number, closeAt: number): void => {
    while (marks.length > depth) {
      const code = marks.pop() ?? 0;
      const at = positions.pop() ?? 0;
      const slot = slotOf(code);
      openCount[slot] = (openCount[slot] ?? 1) - 1;
      if (marks.length === 0) {
        const [s, e] = trimmedSpan(text, at + 1, closeAt);
        spans.push({ open: at, close: closeAt, start: s, end: e, closed: closeAt < regionEnd });
      }
    }
  };
  // The topmost opener that `code` closes. Called only when `open` says one is open, and the
  // caller then pops down to it, so the walk is paid for by the pops (amortised linear).
  const close = (code: number, at: number): void => {
    for (let d = marks.length - 1; d >= 0; d--) {
      if ((CLOSER_CODES.get(marks[d] ?? 0) ?? []).includes(code)) {
        popTo(d, at);
        return;
      }
    }
  };
  for (let at = first; at < region.length; at = nextQuoteMark(region, at + 1)) {
    const i = regionStart + at;
    const code = text.charCodeAt(i);
    const closesHere = i > regionStart && !isSpaceCode(text.charCodeAt(i - 1));
    switch (code) {
      case LDQ:
        if (closesHere && open(LOW9)) close(code, i);
        else push(code, i);
        break;
      case LAQ:
        if (closesHere && open(RAQ)) close(code, i);
        else push(code, i);
        break;
      case RDQ:
        if (closesHere && (open(LDQ) || open(LOW9) || open(RDQ))) close(code, i);
        else if (opensHere(text, i, regionStart)) push(code, i);
        break;
      case RAQ:
        if (open(LAQ)) close(code, i);
        else if (opensHere(text, i, regionStart)) push(code, i);
        break;
      case STRAIGHT:
        if (closesHere && open(STRAIGHT)) close(code, i);
        else if (opensHere(text, i, regionStart)) push(code, i);
        break;
      case LOW9:
      case LSAQ:
      case LOW9S:
        push(code, i);
        break;
      case LSQ:
        if (closesHere && open(LOW9S)) close(code, i);
        else if (opensHere(text, i, regionStart)) push(code, i);
        break;
      case RSQ:
        if (isWordCode(text.charCodeAt(i + 1)) && i > 0 && isWordCode(text.charCodeAt(i - 1))) break;
        if (open(LSQ) || open(LOW9S)) close(code, i);
        break;
      case RSAQ:
        if (open(LSAQ)) close(code, i);
        break;
      default:
        break;
    }
  }
  popTo(0, regionEnd);
  spans.sort((a, b) => a.open - b.open);
  return spans.filter((s) => s.end > s.start);
}
