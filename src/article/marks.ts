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

/** Where the words of `text.slice(from, to)` start, white space trimmed (`to` when there are none). */
function trimmedStart(text: string, from: number, to: number): number {
  let s = from;
  while (s < to && isSpaceCode(text.charCodeAt(s))) s++;
  return s;
}

/** Where the words of `text.slice(start, to)` end, white space trimmed, for `start` from trimmedStart. */
function trimmedEnd(text: string, start: number, to: number): number {
  let e = to;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
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
      const s = trimmedStart(text, opener + 1, i);
      const e = trimmedEnd(text, s, i);
      if (e > s) spans.push({ open: opener, close: i, start: s, end: e, closed: true });
      opener = -1;
    } else if ((prev === undefined || isSpace(prev) || OPEN_CONTEXT.has(prev)) && nextWord && !isElisionAt(text, i + 1, regionEnd)) {
      opener = i;
    }
  }
  return spans;
}

// The stack of open marks of scanPairedMarks (code unit and position of each), and how many of
// each kind are open: kept between calls, so that a paragraph's scan allocates only its spans.
const INITIAL_STACK = 32;
const MAX_KEPT_STACK = 1024;
let stackCodes = new Int32Array(INITIAL_STACK);
let stackAt = new Int32Array(INITIAL_STACK);
let depth = 0;
const openCount = new Int32Array(SLOTS.length);
// For each opener's slot, a bit for the slot of each mark that closes it (CLOSERS).
const CLOSED_BY = new Int32Array(SLOTS.length);
for (const [opener, closers] of CLOSER_CODES) for (const closer of closers) CLOSED_BY[slotOf(opener)] = (CLOSED_BY[slotOf(opener)] ?? 0) | (1 << slotOf(closer));

const countOpen = (code: number, change: number): void => {
  const slot = slotOf(code);
  openCount[slot] = (openCount[slot] ?? 0) + change;
};
const isOpen = (code: number): boolean => (openCount[slotOf(code)] ?? 0) > 0;

function pushMark(code: number, at: number): void {
  if (depth === stackCodes.length) {
    const codes = new Int32Array(depth * 2);
    const positions = new Int32Array(depth * 2);
    codes.set(stackCodes);
    positions.set(stackAt);
    stackCodes = codes;
    stackAt = positions;
  }
  stackCodes[depth] = code;
  stackAt[depth] = at;
  depth++;
  countOpen(code, 1);
}

/** Pops the open marks down to `to` deep; the outermost, when popped, is a quotation closed at `closeAt`. */
function popTo(to: number, closeAt: number, text: string, regionEnd: number, spans: MarkedSpan[]): void {
  while (depth > to) {
    depth--;
    countOpen(stackCodes[depth] ?? 0, -1);
    if (depth === 0) {
      const at = stackAt[0] ?? 0;
      const start = trimmedStart(text, at + 1, closeAt);
      spans.push({ open: at, close: closeAt, start, end: trimmedEnd(text, start, closeAt), closed: closeAt < regionEnd });
    }
  }
}

// Closes the topmost opener that `code` closes. Called only when `isOpen` says one is open, and
// the caller's pops pay for the walk (amortised linear).
function closeMark(code: number, at: number, text: string, regionEnd: number, spans: MarkedSpan[]): void {
  const bit = 1 << slotOf(code);
  for (let d = depth - 1; d >= 0; d--) {
    if (((CLOSED_BY[slotOf(stackCodes[d] ?? 0)] ?? 0) & bit) !== 0) {
      popTo(d, at, text, regionEnd, spans);
      return;
    }
  }
}

function scanPairedMarks(text: string, regionStart: number, regionEnd: number): readonly MarkedSpan[] {
  const region = regionOf(text, regionStart, regionEnd);
  const first = nextQuoteMark(region, 0);
  if (first >= region.length) return NO_SPANS;
  const spans: MarkedSpan[] = [];
  depth = 0;
  openCount.fill(0);
  for (let at = first; at < region.length; at = nextQuoteMark(region, at + 1)) {
    const i = regionStart + at;
    const code = text.charCodeAt(i);
    const closesHere = i > regionStart && !isSpaceCode(text.charCodeAt(i - 1));
    switch (code) {
      case LDQ:
        if (closesHere && isOpen(LOW9)) closeMark(code, i, text, regionEnd, spans);
        else pushMark(code, i);
        break;
      case LAQ:
        if (closesHere && isOpen(RAQ)) closeMark(code, i, text, regionEnd, spans);
        else pushMark(code, i);
        break;
      case RDQ:
        if (closesHere && (isOpen(LDQ) || isOpen(LOW9) || isOpen(RDQ))) closeMark(code, i, text, regionEnd, spans);
        else if (opensHere(text, i, regionStart)) pushMark(code, i);
        break;
      case RAQ:
        if (isOpen(LAQ)) closeMark(code, i, text, regionEnd, spans);
        else if (opensHere(text, i, regionStart)) pushMark(code, i);
        break;
      case STRAIGHT:
        if (closesHere && isOpen(STRAIGHT)) closeMark(code, i, text, regionEnd, spans);
        else if (opensHere(text, i, regionStart)) pushMark(code, i);
        break;
      case LOW9:
      case LSAQ:
      case LOW9S:
        pushMark(code, i);
        break;
      case LSQ:
        if (closesHere && isOpen(LOW9S)) closeMark(code, i, text, regionEnd, spans);
        else if (opensHere(text, i, regionStart)) pushMark(code, i);
        break;
      case RSQ:
        if (isWordCode(text.charCodeAt(i + 1)) && i > 0 && isWordCode(text.charCodeAt(i - 1))) break;
        if (isOpen(LSQ) || isOpen(LOW9S)) closeMark(code, i, text, regionEnd, spans);
        break;
      case RSAQ:
        if (isOpen(LSAQ)) closeMark(code, i, text, regionEnd, spans);
        break;
      default:
        break;
    }
  }
  popTo(0, regionEnd, text, regionEnd, spans);
  // a paragraph of thousands of open marks leaves no large stack behind
  if (stackCodes.length > MAX_KEPT_STACK) {
    stackCodes = new Int32Array(INITIAL_STACK);
    stackAt = new Int32Array(INITIAL_STACK);
  }
  // a quotation is pushed when its outermost mark closes, so they come in text order already
  return spans.some((span) => span.end <= span.start) ? spans.filter((span) => span.end > span.start) : spans;
}
