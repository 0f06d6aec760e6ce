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

/** Whether `text.slice(start, end)` holds any quote mark: a scan without allocation. */
export function hasQuoteMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2040 && SLOT_OF[c] !== 0) return true;
  }
  return false;
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
 * paragraph). ’ between letters is an apostrophe, never a closing mark; straight single
 * quotes are ignored. Linear: each mark is pushed and popped at most once.
 */
export function scanQuoteMarks(text: string, regionStart: number, regionEnd: number): readonly MarkedSpan[] {
  if (!hasQuoteMark(text, regionStart, regionEnd)) return NO_SPANS;
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
  for (let i = regionStart; i < regionEnd; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x2040 || SLOT_OF[code] === 0) continue;
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
