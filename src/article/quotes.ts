import { isSpaceAt, type Span } from "../common/index.js";
import { mayHoldQuote, scanQuoteMarks, type MarkedSpan } from "./marks.js";
import { findPersons, isNameWord, nameRunEnd, PersonRegistry, type PersonMention } from "./persons.js";
import type { Attribution, Quote } from "./schema.js";
import { classesOf, isCueAt, isTitleAt, ORGANISATION } from "./lexicon.js";
import { countWords, isWordChar, PUNCT, QUOTE, TokenList } from "./tokens.js";
import { SUBJECT_PRONOUNS } from "./vocabulary.js";

/**
 * Options of {@link findQuotes}.
 *
 * @example
 * ```ts
 * import type { FindQuotesOptions } from "musterroll/article";
 * const options: FindQuotesOptions = { minWords: 3, regions: [{ start: 0, end: 120 }] };
 * ```
 */
export interface FindQuotesOptions {
  /**
   * Quotes of fewer words are scare quotes ("safe environment") and are left out, unless they
   * end in their own punctuation (“Never.”). Default 3.
   */
  readonly minWords?: number;
  /**
   * The paragraphs to search, in order and not overlapping. A quote never crosses a region end,
   * and a quote left open at a region end runs to it. Default: the text split at blank lines.
   */
  readonly regions?: readonly Span[];
}

const DETERMINERS = new Set(["the", "a", "an", "one", "another", "his", "her", "their", "its", "this", "that", "our"]);
const LOOK_BEHIND_TOKENS = 40;
// The token arrays of the last call, reused by the next (findQuotes runs to its end before it is
// called again); a text of more tokens than this (a report of some 60 KB) gets arrays of its own,
// not kept, so that one long text leaves no megabyte behind.
const MAX_KEPT_TOKENS = 1 << 14;
let keptTokens: TokenList | undefined;
const NOMINAL_WORDS = 6;

interface Found {
  /** The cue's token, in the paragraph's token list. */
  readonly cue?: number | undefined;
  readonly kind: Attribution;
  readonly span?: readonly [number, number];
  /** The pronoun's token, in the paragraph's token list. */
  readonly pronoun?: number | undefined;
}

// Code units of the marks the attribution rules look for.
const COMMA = 44;
const PERIOD = 46;
const COLON = 58;
const SEMICOLON = 59;
const EXCLAMATION = 33;
const QUESTION = 63;
const AFTER_LEAD: ReadonlySet<number> = new Set([COMMA, SEMICOLON, 0x2014, 0x2013, 45]); // , ; — – -

/** "according to" at token `i`, which attributes like a cue verb with no subject before it. */
const isAccordingTo = (tokens: TokenList, i: number): boolean => tokens.is(i, "according") && tokens.is(i + 1, "to");
const isPronoun = (tokens: TokenList, i: number): boolean => tokens.isAny(i, SUBJECT_PRONOUNS);

const isParagraphSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/** Splits a text at blank lines into the spans of its paragraphs (no white space at either end). */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start < text.length && isParagraphSpace(text.charCodeAt(start))) start++;
  if (start === text.length) return spans;
  // A paragraph can only end at a line feed, so the native line-feed search jumps over the
  // words; only the white space around each line break is looked at character by character.
  for (let lf = text.indexOf("\n", start); lf >= 0; ) {
    let next = lf;
    let newlines = 0;
    while (next < text.length && isParagraphSpace(text.charCodeAt(next))) {
      if (text.charCodeAt(next) === 10) newlines++;
      next++;
    }
    if (next === text.length) break;
    if (newlines >= 2) {
      let end = lf;
      while (isParagraphSpace(text.charCodeAt(end - 1))) end--;
      spans.push({ start, end });
      start = next;
    }
    lf = text.indexOf("\n", next);
  }
  let end = text.length;
  while (isParagraphSpace(text.charCodeAt(end - 1))) end--;
  spans.push({ start, end });
  return spans;
}

// A nominal speaker ("the Norwegian medic", "a spokeswoman for the ministry"): a determiner and
// up to six more words, ending before punctuation, a cue verb or a relative clause ("a British
// volunteer who uses the call sign …" is "a British volunteer").
const RELATIVES: ReadonlySet<string> = new Set(["who", "whose", "whom", "which", "that"]);
function nominalEnd(tokens: TokenList, i: number, limit: number): number {
  let j = i + 1;
  while (j < limit && j - i <= NOMINAL_WORDS && tokens.isWord(j) && !isCueAt(tokens, j) && !RELATIVES.has(tokens.lower(j))) j++;
  return j > i + 1 ? j : i;
}

const TITLE_PHRASE_TOKENS = 10;

/**
 * The name after a title phrase that starts at `i`: "Col. Anna Kowalska", "Defence Minister
 * Rustem Umerov", "Kremlin spokesman Dmitry Peskov", "Chief of the General Staff Anatoliy
 * Barhylevych". The phrase is a few words, one of them a title, with the name right after the
 * title; a word such as "Staff" after the title still belongs to it. Returns the span of the name
 * alone, as a pronoun would point at it.
 */
function titledName(tokens: TokenList, i: number, text: string): { span: [number, number]; end: number } | undefined {
  let titled = false;
  let apposition = false;
  for (let j = i; j < tokens.length && j - i < TITLE_PHRASE_TOKENS; j++) {
    if (!tokens.isWord(j)) {
      // the period of "Col." belongs to the phrase; after a comma only a titled name may follow
      // ("Petrenko's commander, Maj. Ihor Bondar")
      if (tokens.isChar(j, PERIOD) && tokens.has(j - 1) && tokens.start(j) === tokens.end(j - 1) && titled) continue;
      if (tokens.isChar(j, COMMA) && titled && !apposition && isTitleAt(tokens, j + 1)) {
        apposition = true;
        continue;
      }
      return undefined;
    }
    if (isTitleAt(tokens, j)) {
      titled = true;
      continue;
    }
    if (isCueAt(tokens, j)) return undefined;
    if (!titled || !isNameWord(tokens, j)) continue;
    const e = nameRunEnd(tokens, j, text);
    let first = j;
    for (let k = j; k < e; k++) if ((classesOf(tokens, k) & ORGANISATION) !== 0) first = k + 1;
    if (first === e) continue;
    return { span: [tokens.start(first), tokens.end(e - 1)], end: e };
  }
  return undefined;
}

/** Whether token `i` ends in a possessive 's ("Petrenko's", "Petrenko’s"). */
function isPossessive(tokens: TokenList, i: number): boolean {
  const end = tokens.end(i);
  if (end - tokens.start(i) < 2 || tokens.source.charCodeAt(end - 1) !== 115) return false;
  const apostrophe = tokens.source.charCodeAt(end - 2);
  return apostrophe === 39 || apostrophe === 0x2019;
}

function speakerAfterCue(tokens: TokenList, m: number, text: string): Found | undefined {
  if (!tokens.isWord(m)) return undefined;
  if (isPronoun(tokens, m) && !tokens.isWord(m + 1)) return { kind: "pronoun", pronoun: m };
  const titled = titledName(tokens, m, text);
  if (titled !== undefined) return { kind: "named", span: titled.span };
  // "said Petrenko's commander": an owner, not the speaker
  if (isNameWord(tokens, m) && !isPossessive(tokens, m)) {
    const e = nameRunEnd(tokens, m, text);
    if (tokens.has(e - 1)) return { kind: "named", span: [tokens.start(m), tokens.end(e - 1)] };
  }
  if (DETERMINERS.has(tokens.lower(m)) || isTitleAt(tokens, m)) {
    const e = nominalEnd(tokens, m, tokens.length);
    // "said the brigade's spokesman, Ivan Bondar": the name after the comma is the speaker
    const named = tokens.isChar(e, COMMA) ? nameAt(tokens, e + 1, text) : undefined;
    if (named !== undefined) return { kind: "named", span: named };
    if (e > m && tokens.has(e - 1)) return { kind: "nominal", span: [tokens.start(m), tokens.end(e - 1)] };
  }
  return undefined;
}

/** The span of a name (titled or not) that starts at token `i`, or undefined. */
function nameAt(tokens: TokenList, i: number, text: string): [number, number] | undefined {
  if (!tokens.isWord(i)) return undefined;
  const titled = titledName(tokens, i, text);
  if (titled !== undefined && titled.span[0] === tokens.start(i)) return titled.span;
  if (!isNameWord(tokens, i) || isPossessive(tokens, i)) return undefined;
  const last = nameRunEnd(tokens, i, text) - 1;
  return tokens.has(last) ? [tokens.start(i), tokens.end(last)] : undefined;
}

const MAX_APPOSITION_TOKENS = 12;

/**
 * The token after an apposition that starts with the comma at `i` ("Ivan Bondar, 33, said", "Ivan
 * Bondar, a mortarman, told CNN"): the token after its closing comma, when it closes within a few
 * words and no quotation mark or sentence end comes first; else `i`.
 */
function pastApposition(tokens: TokenList, i: number): number {
  if (!tokens.isChar(i, COMMA)) return i;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_APPOSITION_TOKENS; k++) {
    if (tokens.isChar(k, COMMA)) return k + 1;
    if (tokens.kind(k) === QUOTE) return i;
    const c = tokens.code(k);
    if (c === PERIOD || c === EXCLAMATION || c === QUESTION || c === COLON || c === SEMICOLON) return i;
  }
  return i;
}

// Attribution after the closing mark: “…,” he says / says Jane Doe / Jane Doe said / the officer
// said / “…” regrets (no subject: elided).
function attributionAfter(tokens: TokenList, k: number, from: number, text: string): Found | undefined {
  let j = k;
  if (tokens.kind(j) === PUNCT && AFTER_LEAD.has(tokens.code(j))) j++;
  const w = j;
  if (!tokens.isWord(w) || tokens.start(w) - from > 3) return undefined;
  if (isCueAt(tokens, w)) return { cue: w, ...(speakerAfterCue(tokens, j + 1, text) ?? { kind: "elided" }) };
  if (isAccordingTo(tokens, j)) {
    const source = speakerAfterCue(tokens, j + 2, text);
    if (source !== undefined && source.kind !== "pronoun") return { cue: w, ...source };
  }
  if (isPronoun(tokens, w) && isCueAt(tokens, j + 1)) return { cue: j + 1, kind: "pronoun", pronoun: w };
  // "Ivan Bondar said", "Ivan Bondar, 33, said", "Capt. Ivan Bondar, the brigade's spokesman, told reporters"
  const titled = titledName(tokens, j, text);
  if (titled !== undefined) {
    const cue = pastApposition(tokens, titled.end);
    if (isCueAt(tokens, cue)) return { cue, kind: "named", span: titled.span };
  }
  if (isNameWord(tokens, w)) {
    const e = nameRunEnd(tokens, j, text);
    const cue = pastApposition(tokens, e);
    if (isCueAt(tokens, cue) && tokens.has(e - 1)) return { cue, kind: "named", span: [tokens.start(w), tokens.end(e - 1)] };
  }
  if (DETERMINERS.has(tokens.lower(w))) {
    const e = nominalEnd(tokens, j, tokens.length);
    if (isCueAt(tokens, e) && tokens.has(e - 1)) return { cue: e, kind: "nominal", span: [tokens.start(w), tokens.end(e - 1)] };
  }
  return undefined;
}

function isSentenceEnd(tokens: TokenList, i: number): boolean {
  if (tokens.kind(i) !== PUNCT) return false;
  const c = tokens.code(i);
  if (c === EXCLAMATION || c === QUESTION) return true;
  if (c !== PERIOD) return false;
  const prev = i - 1;
  // "Mr.", "Gen.", "J." do not end a sentence.
  return !(tokens.has(prev) && tokens.end(prev) === tokens.start(i) && (isTitleAt(tokens, prev) || tokens.end(prev) - tokens.start(prev) === 1));
}

// Attribution before the opening mark, in the same sentence: Koval explains: “…” / he says,
// “…” / Ruth Sato, deputy commander, calls the order “…”.
function attributionBefore(
  tokens: TokenList,
  k: number,
  floor: number,
  text: string,
  persons: (from: number, to: number) => PersonMention | undefined,
): Found | undefined {
  let b = k - 1;
  while (b >= 0 && k - b <= LOOK_BEHIND_TOKENS) {
    if (!tokens.has(b) || tokens.start(b) < floor || isSentenceEnd(tokens, b)) break;
    b--;
  }
  const clauseStart = b + 1;
  let c = k - 1;
  let wordsBetween = 0;
  // "calls the decision “…”": the cue governs the quote across a few words; after a colon
  // ("Ferreira recalls the day the drones came: “…”") across the whole clause.
  const maxBetween = tokens.isChar(k - 1, COLON) ? LOOK_BEHIND_TOKENS : 4;
  while (c >= clauseStart && !isCueAt(tokens, c)) {
    if (tokens.isWord(c) && ++wordsBetween > maxBetween) {
      c = clauseStart - 1;
      break;
    }
    if (tokens.kind(c) === QUOTE) return undefined;
    c--;
  }
  if (c < clauseStart || !tokens.has(c)) {
    // "Col. Anna Kowalska was blunt: “…”": a person opening the clause that a colon hands to the quote
    const colon = k - 1;
    const opener = clauseStart;
    if (tokens.isChar(colon, COLON) && tokens.has(opener)) {
      const subject = persons(tokens.start(opener), tokens.start(colon));
      let s = clauseStart;
      while (tokens.has(s) && (isTitleAt(tokens, s) || tokens.isChar(s, PERIOD))) s++;
      if (subject !== undefined && tokens.has(s) && tokens.start(s) === subject.start) return { cue: colon, kind: "named", span: [subject.start, subject.end] };
    }
    // "According to Col. Yuriy Ihnat, “…”": the source opens the clause, with no verb
    if (!isAccordingTo(tokens, clauseStart)) return undefined;
    const source = speakerAfterCue(tokens, clauseStart + 2, text);
    return source === undefined || source.kind === "pronoun" ? undefined : { cue: clauseStart, ...source };
  }
  const cue = c;
  const before = c - 1;
  if (before >= clauseStart && isPronoun(tokens, before)) return { cue, kind: "pronoun", pronoun: before };
  if (before >= clauseStart && isNameWord(tokens, before)) {
    let s = before;
    while (s - 1 >= clauseStart && nameRunEnd(tokens, s - 1, text) >= c) s--;
    return { cue, kind: "named", span: [tokens.start(s), tokens.end(before)] };
  }
  // "Ivan Petrov, 38, told Reuters: “…”": whom one tells is no speaker
  const after = c + 1;
  if (!TELLS.has(tokens.lower(cue)) && tokens.has(after) && after < k && (isPronoun(tokens, after) || isNameWord(tokens, after))) {
    const e = isPronoun(tokens, after) ? c + 2 : nameRunEnd(tokens, after, text);
    if (e === k || ((tokens.isChar(e, COLON) || tokens.isChar(e, COMMA)) && e + 1 === k)) {
      if (isPronoun(tokens, after)) return { cue, kind: "pronoun", pronoun: after };
      if (tokens.has(e - 1)) return { cue, kind: "named", span: [tokens.start(after), tokens.end(e - 1)] };
    }
  }
  const first = clauseStart;
  const subject = tokens.has(first) ? persons(tokens.start(first), tokens.start(cue)) : undefined;
  if (subject !== undefined) return { cue, kind: "named", span: [subject.start, subject.end] };
  if (tokens.has(first) && DETERMINERS.has(tokens.lower(first))) {
    const e = nominalEnd(tokens, clauseStart, c);
    if (e > clauseStart && tokens.has(e - 1)) return { cue, kind: "nominal", span: [tokens.start(first), tokens.end(e - 1)] };
  }
  return { cue, kind: "elided" };
}

const TELLS: ReadonlySet<string> = new Set(["told", "tells", "telling", "tell"]);

function firstIndexAtOrAfter(tokens: TokenList, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function quoteKind(text: string, start: number, end: number): "direct" | "partial" {
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    if (isWordChar(ch)) return ch !== ch.toLowerCase() || /\d/.test(ch) ? "direct" : "partial";
    if (ch === "…") return "direct";
  }
  return "partial";
}

function isScareQuote(text: string, span: MarkedSpan, minWords: number): boolean {
  if (countWords(text.slice(span.start, Math.min(span.end, span.start + 200)), minWords) >= minWords) return false;
  return !".!?,…".includes(text.charAt(span.end - 1));
}

/**
 * The attribution of the quote `mark`: read after its closing mark first, but when the quote ends
 * a sentence and a capitalised word follows (“… week.” He adds …), a cue before it wins.
 */
function attributionAround(
  tokens: TokenList,
  mark: MarkedSpan,
  floor: number,
  text: string,
  persons: (from: number, to: number) => PersonMention | undefined,
): Found | undefined {
  const afterFrom = mark.closed ? mark.close + 1 : mark.close;
  const next = firstIndexAtOrAfter(tokens, afterFrom);
  const newSentence = ".!?…".includes(text.charAt(mark.end - 1)) && tokens.isWord(next) && tokens.text(next) !== tokens.lower(next);
  const opening = firstIndexAtOrAfter(tokens, mark.open);
  if (newSentence) return attributionBefore(tokens, opening, floor, text, persons) ?? (mark.closed ? attributionAfter(tokens, next, afterFrom, text) : undefined);
  return (mark.closed ? attributionAfter(tokens, next, afterFrom, text) : undefined) ?? attributionBefore(tokens, opening, floor, text, persons);
}

const anyone = (): boolean => true;

/** Pronoun rule: the latest person mention that ends before `at` and whose gender fits. */
class PersonTimeline {
  private readonly named: PersonMention[] = [];
  private readonly byStart = new Map<number, PersonMention>();
  constructor(
    private readonly mentions: readonly PersonMention[],
    private readonly registry: PersonRegistry,
  ) {
    for (const m of mentions) this.byStart.set(m.start, m);
  }

  addSpeaker(text: string, start: number, end: number): PersonMention {
    const seen = this.byStart.get(start);
    if (seen !== undefined && seen.end === end) return seen;
    const name = text.slice(start, end);
    const mention: PersonMention = { text: name, start, end, person: this.registry.personFor(name, start, end) };
    this.named.push(mention);
    this.byStart.set(start, mention);
    return mention;
  }

  latest(at: number, fits: (m: PersonMention) => boolean = anyone, from = 0): PersonMention | undefined {
    let best: PersonMention | undefined;
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid]?.end ?? Infinity) <= at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1, tried = 0; i >= 0 && tried < 50; i--, tried++) {
      const m = this.mentions[i];
      if (m === undefined || m.start < from) break;
      if (fits(m)) {
        best = m;
        break;
      }
    }
    for (let i = this.named.length - 1, tried = 0; i >= 0 && tried < 50; i--, tried++) {
      const m = this.named[i];
      if (m !== undefined && m.end <= at && m.start >= from && fits(m) && (best === undefined || m.end > best.end)) {
        best = m;
        break;
      }
    }
    return best;
  }

  anyBetween(from: number, to: number): boolean {
    const m = this.latest(to, anyone, from);
    return m !== undefined;
  }
}

/** Whether `text.slice(from, to)` is empty or white space only (as `trim` sees it), read in place. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

function spanOfQuote(q: Quote): { start: number; end: number } | undefined {
  return q.speakerStart !== undefined && q.speakerEnd !== undefined ? { start: q.speakerStart, end: q.speakerEnd } : undefined;
}

function pronounFits(pronoun: string): (m: PersonMention) => boolean {
  const ref = SUBJECT_PRONOUNS.get(pronoun);
  return (m) => ref === "plural" || m.person.gender === "unknown" || m.person.gender === ref;
}

/**
 * Finds the quotations of a running text and who said each. Quote marks “…”, "…", «…», »…«,
 * „…“, ‘…’ and ‹…› are paired with a stack (nested quotes stay inside their outer quote, a
 * quote may span sentences, and one left open runs to the paragraph end). Straight single quotes
 * ('…', as plain-text copies write them) count only where the closing mark cannot be an
 * apostrophe: after or before sentence punctuation or at the paragraph end ('We held,' he said).
 * The speaker is read from a cue verb of {@link CUE_VERBS} right after the quote (“…,” he says;
 * “…” regrets; “…” resume Viking.) or before it in the same sentence (Spivak explains: “…”; he
 * says, “…”).
 *
 * Pronoun rule: a subject pronoun (he, she, they) resolves to the most recent person mentioned
 * before it outside quote marks — a name of two or more capitalised words, a titled name, a
 * single name with an appositive (“Pieter, a mechanic,”) or a speaker named by an earlier cue —
 * whose gender, when known from a title or an earlier he/she, matches; places after a
 * preposition and organisations are never antecedents. A cue with no subject takes the latest
 * named speaker; an unattributed quote right after an attributed one (same or next paragraph,
 * no new person between) continues it, and so does a quote left open at its paragraph's end whose
 * next paragraph opens with a quote mark and names the speaker there (a quotation over several
 * paragraphs). The speaker span always points at a written name.
 *
 * @param text - running text, any length.
 * @param options - scare-quote threshold and the regions to search.
 * @returns the quotes in text order; one- and two-word scare quotes are left out.
 * @example
 * ```ts
 * import { findQuotes } from "musterroll/article";
 * const [q] = findQuotes("Mara Lind spoke to us. “We held the bridge for a week,” she says.");
 * // q.text === "We held the bridge for a week,", q.speaker === "Mara Lind", q.attribution === "pronoun"
 * ```
 */
export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  if (!mayHoldQuote(text, 0, text.length)) return [];
  const minWords = options.minWords ?? 3;
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const regions = (options.regions ?? paragraphSpans(text)).map((r) =>
    r.start === clamp(r.start) && r.end === clamp(r.end) ? r : { start: clamp(r.start), end: clamp(r.end) },
  );
  const allMarks = regions.map((r) => scanQuoteMarks(text, r.start, r.end));
  if (allMarks.every((m) => m.length === 0)) return [];
  // Only the text outside the quotations is tokenized (plus the marks themselves): speakers,
  // cues and antecedents are all outside, and a megabyte of quoted text then costs no tokens.
  const all = TokenList.reuse(keptTokens, text);
  const firstTokens: number[] = [];
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r] as Span;
    const marks = allMarks[r] as readonly MarkedSpan[];
    firstTokens.push(all.length);
    let cursor = region.start;
    for (let m = 0; m < marks.length; m++) {
      const mark = marks[m] as MarkedSpan;
      if (mark.open < cursor) continue;
      all.scan(cursor, mark.open + 1);
      cursor = mark.closed ? mark.close + 1 : mark.close;
      if (mark.closed) all.scan(mark.close, cursor);
    }
    all.scan(cursor, region.end);
  }
  keptTokens = all.capacity <= MAX_KEPT_TOKENS ? all : undefined;
  // each paragraph numbers its tokens from 0, so that no rule looks back into the one before
  const paragraphTokens = firstTokens.map((first, r) => all.view(first, firstTokens[r + 1] ?? all.length));
  const mentions: PersonMention[] = [];
  const registry = new PersonRegistry();
  for (const tokens of paragraphTokens) findPersons(tokens, text, registry, mentions);
  const timeline = new PersonTimeline(mentions, registry);
  const quotes: Quote[] = [];
  let previous: { quote: Quote; region: number; boundary: number; mention: PersonMention | undefined } | undefined;
  // for each quote: its region, whether it is left open at the region's end, whether it opens the region
  const layout: { region: number; open: boolean; opens: boolean }[] = [];
  const personIn = (from: number, to: number): PersonMention | undefined => timeline.latest(to, anyone, from);
  for (let regionIndex = 0; regionIndex < regions.length; regionIndex++) {
    const region = regions[regionIndex] as Span;
    const marks = allMarks[regionIndex] as readonly MarkedSpan[];
    const tokens = paragraphTokens[regionIndex] as TokenList;
    let floor = region.start;
    for (let m = 0; m < marks.length; m++) {
      const mark = marks[m] as MarkedSpan;
      if (isScareQuote(text, mark, minWords)) continue;
      const found = attributionAround(tokens, mark, floor, text, personIn);
      let speaker: PersonMention | { start: number; end: number } | undefined;
      // Where the speaker's name is written: a pronoun points at the person's full name.
      let spanOf: { readonly start: number; readonly end: number } | undefined;
      let attribution: Attribution | undefined;
      if (found?.kind === "named" && found.span) {
        speaker = timeline.addSpeaker(text, found.span[0], found.span[1]);
        attribution = "named";
      } else if (found?.kind === "nominal" && found.span) {
        speaker = { start: found.span[0], end: found.span[1] };
        attribution = "nominal";
      } else if (found?.kind === "pronoun" && found.pronoun !== undefined) {
        const pronoun = tokens.lower(found.pronoun);
        const antecedent = timeline.latest(tokens.start(found.pronoun), pronounFits(pronoun));
        if (antecedent) {
          const ref = SUBJECT_PRONOUNS.get(pronoun);
          if (antecedent.person.gender === "unknown" && (ref === "male" || ref === "female")) antecedent.person.gender = ref;
          speaker = antecedent;
          spanOf = antecedent.person;
          attribution = "pronoun";
        }
      } else if (found?.kind === "elided") {
        speaker = previous?.mention ?? timeline.latest(mark.open);
        spanOf = previous?.mention ? spanOfQuote(previous.quote) : undefined;
        if (speaker) attribution = "elided";
      } else if (
        previous !== undefined && regionIndex - previous.region <= 1 && !timeline.anyBetween(previous.boundary, mark.open)
      ) {
        // the quote goes on: a named speaker, or a nominal one ("said a British volunteer. “…”")
        const before = spanOfQuote(previous.quote);
        speaker = previous.mention ?? before;
        spanOf = before;
        if (speaker !== undefined) attribution = "continuation";
      }
      // the fields in the order the schema lists them, those with no value left out
      const quote: { -readonly [K in keyof Quote]?: Quote[K] } = { text: text.slice(mark.start, mark.end), start: mark.start, end: mark.end };
      if (speaker) {
        const written = spanOf ?? speaker;
        quote.speaker = text.slice(written.start, written.end);
        quote.speakerStart = written.start;
        quote.speakerEnd = written.end;
      }
      if (found?.cue !== undefined) quote.cue = tokens.text(found.cue);
      if (attribution) quote.attribution = attribution;
      quote.kind = quoteKind(text, mark.start, mark.end);
      quotes.push(quote as Quote);
      layout.push({ region: regionIndex, open: !mark.closed, opens: isBlank(text, region.start, mark.open) });
      const mention = speaker && "person" in speaker ? speaker : undefined;
      previous = { quote: quote as Quote, region: regionIndex, boundary: Math.max(mark.close, found?.cue !== undefined ? tokens.end(found.cue) : 0, speaker?.end ?? 0), mention };
      floor = mark.closed ? mark.close + 1 : mark.close;
    }
  }
  return attributeOpenParagraphs(quotes, layout);
}

/**
 * A quote left open at its paragraph's end goes on in the next paragraph when that one opens with
 * a quote mark (the convention of a quotation over several paragraphs: each opens with a mark, only
 * the last closes), so the speaker named only in the later part is the speaker of the earlier ones
 * too, as a `continuation`. Walks back from the last quote, so a chain of open paragraphs is
 * attributed in one pass.
 */
function attributeOpenParagraphs(quotes: Quote[], layout: readonly { region: number; open: boolean; opens: boolean }[]): Quote[] {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i] as Quote;
    const next = quotes[i + 1] as Quote;
    const here = layout[i];
    const there = layout[i + 1];
    if (q.speaker !== undefined || next.speaker === undefined || !here?.open || !there?.opens || there.region !== here.region + 1) continue;
    const { cue: _cue, attribution: _attribution, kind, ...rest } = q;
    quotes[i] = {
      ...rest, speaker: next.speaker,
      ...(next.speakerStart !== undefined && next.speakerEnd !== undefined ? { speakerStart: next.speakerStart, speakerEnd: next.speakerEnd } : {}),
      attribution: "continuation", kind,
    };
  }
  return quotes;
}
