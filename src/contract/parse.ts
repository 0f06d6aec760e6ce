import { z } from "zod";
import { mentionOf, parseCardinal, type Mention } from "../common/index.js";
import { ServiceDurationSchema, TermSchema, type Clause, type EarliestOfTerm, type EventTerm } from "./schema.js";
import { durationAt, durationBefore, sentenceTokens, serviceLength, type Token } from "./tokens.js";
import {
  BENEFIT_WORDS, CLOCK_WORDS, CONTINUITY_WORDS, CONTRACT_ADJECTIVES, CONTRACT_WORDS, EARLIEST_WORDS, EMPLOYER_WORDS, INDEFINITE_WORDS,
  INITIAL_WORDS, LATEST_WORDS, LEAVING_VERBS, NEGATIONS, PAY_WORDS, PHRASE_STOPS, PROBATION_WORDS, PROHIBITION_PAIRS, RENEWAL_VERBS, RESET_CAUSE_WORDS,
  RESET_VERBS, TERM_EVENT_WORDS, TERMINATION_VERBS,
} from "./vocabulary.js";
import type { RESET_TRIGGERS } from "./vocabulary.js";

/** One sentence of tokenized text: tokens [s, e). */
interface Sentence {
  readonly text: string;
  readonly t: readonly Token[];
  readonly s: number;
  readonly e: number;
  readonly has: ReadonlySet<string>;
}

const w = (x: Sentence, i: number): string => (i >= x.s && i < x.e ? (x.t[i]?.w ?? "") : "");
const mention = <T>(x: Sentence, from: number, to: number, value: T): Mention<T> =>
  mentionOf(x.text, (x.t[from] as Token).start, (x.t[to - 1] as Token).end, value);
const mentionsContract = (x: Sentence): boolean => [...CONTRACT_WORDS].some((c) => x.has.has(c));

function* eachSentence(text: string): Generator<Sentence> {
  for (const t of sentenceTokens(text)) yield { text, t, s: 0, e: t.length, has: new Set(t.map((token) => token.w)) };
}

/** The length after "after" (skipping "serving", "at least", "a minimum of" …), and the index after it. */
function lengthAfter(x: Sentence, i: number): { iso: string; next: number } | undefined {
  for (let k = i; k < Math.min(x.e, i + 4); k++) {
    const found = durationAt(x.text, x.t, k, x.e);
    if (found !== undefined) return found;
    // "after serving at least a minimum of …", "after the first six months", "after an initial six months"
    if (!["serving", "completing", "at", "least", "a", "minimum", "of", "period", "only", "the", "first", "initial", "an", "for"].includes(w(x, k))) return undefined;
  }
  return undefined;
}

/** "of (continuous) service" after a length: how far it reaches and whether it says continuous. */
function serviceTail(x: Sentence, i: number): { next: number; continuous: boolean; honorable: boolean; service: boolean } {
  let k = i;
  let continuous = false;
  let honorable = false;
  if (w(x, k) === "'" || w(x, k) === "\u2019") k++;
  if (w(x, k) === "of" || w(x, k) === "in") k++;
  for (let n = 0; n < 3; n++) {
    const word = w(x, k);
    if (CONTINUITY_WORDS.has(word)) continuous = true;
    else if (word === "honorable" || word === "honourable") honorable = true;
    else if (word !== "active" && word !== "military") break;
    k++;
  }
  if (["service", "duty", "serving"].includes(w(x, k))) return { next: k + 1, continuous, honorable, service: true };
  return { next: i, continuous: false, honorable: false, service: false };
}

/**
 * Termination clauses of one sentence. `contractBefore`: the sentence before named a contract, so
 * "They can leave after 12 months." right after it is about that contract too.
 */
function termination(x: Sentence, out: Mention<Clause>[], contractBefore = false): void {
  for (let k = x.s; k < x.e; k++) {
    if (!TERMINATION_VERBS.has(w(x, k))) continue;
    const negated = NEGATIONS.has(w(x, k - 1)) || w(x, k - 2) === "not";
    let j = k + 1;
    let contractNamed = false;
    while (j < Math.min(x.e, k + 7) && openerEnd(x, j, negated) === undefined) {
      if (CONTRACT_WORDS.has(w(x, j))) contractNamed = true;
      j++;
    }
    // "After six months they may leave": the length may stand before the verb
    const fronted = openerEnd(x, j, negated) === undefined ? frontedOpener(x, k) : undefined;
    if (fronted === undefined && openerEnd(x, j, negated) === undefined) {
      // "must serve (for) at least six months before they can leave"
      const served = negated ? undefined : servedBefore(x, k);
      if (served !== undefined && LEAVING_VERBS.has(w(x, k))) {
        out.push(mention(x, served.start, k + 1, { kind: "termination", by: "member", minService: served.iso, continuous: false, countedFrom: "start" }));
      }
      continue;
    }
    if (fronted !== undefined) j = fronted;
    // "once they have served six months": the served clause says the length is one of service
    const clause = servedClauseEnd(x, openerEnd(x, j, negated) as number);
    const length = lengthAfter(x, clause ?? (openerEnd(x, j, negated) as number));
    if (length === undefined) continue;
    const tail = serviceTail(x, length.next);
    const standalone = LEAVING_VERBS.has(w(x, k));
    if (!contractNamed && !tail.service && clause === undefined && !(standalone && (contractBefore || mentionsContract(x)))) continue;
    let by: "member" | "employer" | "either" = "member";
    for (let i = Math.max(x.s, k - 8); i < k; i++) { // the subject stands just before the verb
      if (EMPLOYER_WORDS.has(w(x, i))) by = "employer";
      if ((w(x, i) === "either" || w(x, i) === "both") && ["party", "parties", "side", "sides"].includes(w(x, i + 1))) by = "either";
    }
    const continuous = tail.continuous || [...CONTINUITY_WORDS].some((c) => x.has.has(c) && indexIn(x, c, j, tail.next));
    const [from, to] = fronted === undefined ? [k, tail.next] : [fronted, k + 1];
    const notice = noticeAfter(x, to);
    out.push(mention(x, from, notice?.next ?? to, {
      kind: "termination", by, minService: length.iso, continuous, countedFrom: "start", ...(notice ? { notice: notice.iso } : {}),
    }));
    k = Math.max(k, (notice?.next ?? tail.next) - 1);
  }
}

// How far after a termination its notice may be told: "may terminate the contract with two months' notice"
const NOTICE_REACH = 20;

/**
 * The notice a termination asks for, told right after it: "with two months' notice", "with one
 * month of notice", "on a month's notice", "giving 30 days notice"; with the index after "notice".
 */
function noticeAfter(x: Sentence, from: number): { iso: string; next: number } | undefined {
  for (let k = from; k < Math.min(x.e, from + NOTICE_REACH); k++) {
    if (w(x, k) !== "notice") continue;
    let end = k;
    if (w(x, end - 1) === "of" || w(x, end - 1) === "'" || w(x, end - 1) === "\u2019") end--;
    const last = x.t[end - 1];
    if (last === undefined || end - 1 < from) return undefined;
    // "a month's notice": the possessive is no part of the length
    const lastEnd = /['\u2019]s$/.test(last.w) ? last.end - 2 : last.end;
    let best: string | undefined;
    for (let i = end - 1; i >= Math.max(from, end - 16); i--) {
      const t = x.t[i] as Token;
      // "one year, one month and two weeks of notice": a comma may stand inside the length
      if (t.punct && t.w !== ",") break;
      best = serviceLength(x.text.slice(t.start, lastEnd)) ?? best;
    }
    return best === undefined ? undefined : { iso: best, next: k + 1 };
  }
  return undefined;
}

/**
 * The index after a word that opens the length a termination waits for: "after", "once", "as soon
 * as", or, after a negated verb, "before" ("cannot leave before six months"); `undefined` when no
 * such word stands at `j`.
 */
function openerEnd(x: Sentence, j: number, negated: boolean): number | undefined {
  const word = w(x, j);
  if (word === "after" || word === "once" || (negated && word === "before")) return j + 1;
  if (word === "as" && w(x, j + 1) === "soon" && w(x, j + 2) === "as") return j + 3;
  return undefined;
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["they", "he", "she", "you", "we"]);
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["have", "has", "had"]);
// "they've served", "he’s completed": the pronoun and its auxiliary as one word, either apostrophe
const CONTRACTED_PERFECTS: ReadonlySet<string> = new Set(
  ["they've", "we've", "you've", "he's", "she's", "they'd", "he'd", "she'd"].flatMap((c) => [c, c.replace("'", "\u2019")]),
);

/**
 * "they have served", "he’s completed": the index after a perfect serving clause that starts at
 * `i`, so the length after it is one of service; `undefined` when none starts there.
 */
function servedClauseEnd(x: Sentence, i: number): number | undefined {
  let k = i;
  if (CONTRACTED_PERFECTS.has(w(x, k))) k++;
  else {
    if (SUBJECT_PRONOUNS.has(w(x, k))) k++;
    if (!PERFECT_AUXILIARIES.has(w(x, k))) return undefined;
    k++;
  }
  return SERVING_VERBS.has(w(x, k)) ? k + 1 : undefined;
}

/**
 * "serve (for) at least six months before they can leave": the length served before "before", which
 * stands at most three words before the leaving verb at `k`, and a serving verb before the length.
 */
function servedBefore(x: Sentence, k: number): { iso: string; start: number } | undefined {
  for (let b = k - 1; b >= Math.max(x.s, k - 4); b--) {
    if (w(x, b) !== "before") continue;
    const length = durationBefore(x.text, x.t, b, x.s);
    if (length === undefined) return undefined;
    for (let v = length.start - 1; v >= Math.max(x.s, length.start - 4); v--) if (SERVING_VERBS.has(w(x, v))) return { iso: length.iso, start: v };
    return undefined;
  }
  return undefined;
}

/**
 * The opener ("After", "Once") within eleven words before the verb at `k` ("After 12 months of
 * service, volunteers can terminate"; "Once they have served six months, they may leave").
 */
function frontedOpener(x: Sentence, k: number): number | undefined {
  for (let i = k - 1; i >= Math.max(x.s, k - 11); i--) if (openerEnd(x, i, false) !== undefined && w(x, i) !== "as") return i;
  return undefined;
}

const SERVING_VERBS: ReadonlySet<string> = new Set(["serve", "serves", "served", "serving", "complete", "completes", "completed", "completing"]);

const indexIn = (x: Sentence, word: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (w(x, i) === word) return true;
  return false;
};

/** A noun phrase from token i: up to six words, stopping at punctuation or a joining word. */
function phraseFrom(x: Sentence, i: number): number {
  let k = i;
  while (k < Math.min(x.e, i + 6) && !(x.t[k] as Token).punct && !PHRASE_STOPS.has(w(x, k))) k++;
  return k;
}

function payParity(x: Sentence, out: Mention<Clause>[]): void {
  for (let k = x.s; k < x.e; k++) {
    const word = w(x, k);
    let asAt = -1;
    if (word === "same") {
      // "are paid the same as", "earn about $500 a month, the same as Ukrainian soldiers"
      let paidBefore = false;
      for (let i = Math.max(x.s, k - 8); i < k; i++) if (PAID_VERBS.has(w(x, i))) paidBefore = true;
      // "the same salary and benefits as …"
      for (let j = k + 1; j < Math.min(x.e, k + 6); j++) {
        if (w(x, j) === "as" && ((paidBefore && j === k + 1) || indexInSet(x, PAY_WORDS, k + 1, j))) asAt = j;
        if (asAt >= 0 || (x.t[j] as Token).punct) break;
      }
    } else if (word === "equal" && PAY_WORDS.has(w(x, k + 1)) && ["with", "to", "as"].includes(w(x, k + 2))) {
      asAt = k + 2;
    } else if (word === "par" && w(x, k + 1) === "with" && (indexInSet(x, PAY_WORDS, k - 5, k) || indexIn(x, "paid", k - 5, k))) {
      asAt = k + 1;
    } else if ((word === "equal" || MATCHING.has(word)) && indexInSet(x, PAY_WORDS, k - 4, k)) {
      // "their pay is equal to that of regular servicemen", "salaries match those of Ukrainian troops"
      let j = word === "equal" && ["to", "with"].includes(w(x, k + 1)) ? k + 2 : k + 1;
      if (w(x, j) === "that" || w(x, j) === "those") j++;
      if (w(x, j) === "of" && j > k + 1) asAt = j;
    }
    if (asAt < 0) continue;
    const end = phraseFrom(x, asAt + 1);
    if (end === asAt + 1) continue;
    const start = w(x, k - 1) === "the" || (word === "par" && w(x, k - 1) === "a") ? k - 1 : k;
    const group = x.text.slice((x.t[asAt + 1] as Token).start, (x.t[end - 1] as Token).end);
    out.push(mention(x, word === "par" && w(x, k - 2) === "on" ? k - 2 : start, end, { kind: "payParity", with: group }));
    k = end - 1;
  }
}

const PAID_VERBS: ReadonlySet<string> = new Set(["paid", "earn", "earns", "earned", "earning"]);
const MATCHING: ReadonlySet<string> = new Set(["match", "matches", "matched", "matching", "equals", "equalling", "equaling"]);

const indexInSet = (x: Sentence, set: ReadonlySet<string>, from: number, to: number): boolean => {
  for (let i = Math.max(x.s, from); i < to; i++) if (set.has(w(x, i))) return true;
  return false;
};

function probation(x: Sentence, out: Mention<Clause>[]): void {
  for (let k = x.s; k < x.e; k++) {
    const word = w(x, k);
    if (!PROBATION_WORDS.has(word) || (word === "trial" && w(x, k + 1) !== "period")) continue;
    let end = ["period", "term"].includes(w(x, k + 1)) ? k + 2 : k + 1;
    const before = durationBefore(x.text, x.t, k, x.s);
    let start = before?.start ?? k;
    let length = before?.iso;
    if (length === undefined) {
      const linker = ["of", "for", "lasting", "lasts", "is"].includes(w(x, end)) ? end + 1 : end;
      const after = durationAt(x.text, x.t, linker, x.e);
      if (after === undefined) continue;
      length = after.iso;
      end = after.next;
      if (word === "probation" && w(x, k - 1) === "on") start = k - 1;
    }
    out.push(mention(x, start, end, { kind: "probation", length }));
    k = end - 1;
  }
}

function renewal(x: Sentence, out: Mention<Clause>[]): void {
  if (!mentionsContract(x)) return;
  for (let k = x.s; k < x.e; k++) {
    if (!RENEWAL_VERBS.has(w(x, k))) continue;
    let j = k + 1;
    while (j < Math.min(x.e, k + 4) && !["for", "by"].includes(w(x, j))) j++;
    if (!["for", "by"].includes(w(x, j))) continue;
    let from = j + 1;
    while (["another", "a", "further", "up", "to", "periods", "of"].includes(w(x, from)) && from < j + 4) {
      const direct = durationAt(x.text, x.t, from, x.e);
      if (direct !== undefined) break;
      from++;
    }
    const range = lengthRange(x, from);
    if (range === undefined) continue;
    let end = range.next;
    let max: number | undefined;
    const times = ["up", "to"].includes(w(x, end)) && w(x, end + 1) === "to" ? end + 2 : w(x, end) === "up" ? end + 1 : end;
    const count = timesAt(x, times);
    if (count !== undefined) {
      max = count;
      end = times + 2;
    }
    const value: Clause = {
      kind: "renewal",
      length: range.longest,
      ...(range.shortest === undefined ? {} : { shortest: range.shortest }),
      ...(max === undefined ? {} : { max }),
    };
    out.push(mention(x, k, end, value));
    k = end - 1;
  }
}

/** "three times", "twice", "once" at token i. */
function timesAt(x: Sentence, i: number): number | undefined {
  if (w(x, i) === "once") return 1;
  if (w(x, i) === "twice") return 2;
  if (w(x, i + 1) !== "times") return undefined;
  const n = parseCardinal(w(x, i));
  return n.success && Number.isSafeInteger(n.data) ? n.data : undefined;
}

/** "six months to five years", "1 to 10 years", "between one and three years", or one length. */
function lengthRange(x: Sentence, i: number): { shortest?: string; longest: string; next: number } | undefined {
  const k = w(x, i) === "between" || w(x, i) === "from" ? i + 1 : i;
  const first = durationAt(x.text, x.t, k, x.e);
  const joinAt = first?.next ?? k + 1;
  if (["to", "and", "-", "\u2013"].includes(w(x, joinAt))) {
    const second = durationAt(x.text, x.t, joinAt + 1, x.e);
    if (second !== undefined) {
      const unit = (x.t[second.next - 1] as Token).w;
      const bare = (x.t[k] as Token | undefined)?.w ?? "";
      const shortest = first?.iso ?? serviceLength(`${bare} ${unit}`);
      if (shortest !== undefined) return { shortest, longest: second.iso, next: second.next };
    }
  }
  return first === undefined ? undefined : { longest: first.iso, next: first.next };
}

/**
 * Eligibility clauses of one sentence. `previous`: the index in `out` of an eligibility clause the
 * sentence before stated, which a bare "the clock restarts if they transfer" here belongs to.
 */
function eligibility(x: Sentence, out: Mention<Clause>[], previous?: number): void {
  let benefit: (typeof BENEFIT_WORDS extends ReadonlyMap<string, infer B> ? B : never) | undefined;
  let benefitAt = -1;
  for (let k = x.s; k < x.e && benefitAt < 0; k++) {
    const b = BENEFIT_WORDS.get(w(x, k));
    if (b !== undefined) [benefit, benefitAt] = [b, k];
  }
  let requirement: { start: number; end: number; value: Extract<Clause, { kind: "eligibility" }> } | undefined;
  if (benefit !== undefined) {
    // "After three years of service, they and their families can apply for citizenship": the
    // requirement may stand a clause away from the benefit
    for (let k = Math.max(x.s, benefitAt - 16); k < Math.min(x.e, benefitAt + 12); k++) {
      // "after three years of service", or "(those) who serve three years"
      if (w(x, k) !== "after" && !SERVING_VERBS.has(w(x, k))) continue;
      const length = lengthAfter(x, k + 1);
      if (length === undefined) continue;
      const tail = serviceTail(x, length.next);
      requirement = {
        start: Math.min(k, benefitAt),
        end: Math.max(tail.next, benefitAt + 1),
        value: {
          kind: "eligibility", benefit, requiredService: length.iso, countedFrom: "start", resetsOn: [], alternatives: [],
          ...(tail.honorable ? { condition: "honorable service" } : {}),
        },
      };
      break;
    }
  }
  const resets = clockResets(x);
  if (requirement !== undefined && resets.length > 0) {
    // one clause: "citizenship after three years, and the clock restarts after a transfer"
    const last = resets[resets.length - 1] as (typeof resets)[number];
    const resetsOn = [...new Set(resets.map((r) => r.trigger))];
    out.push(mention(x, Math.min(requirement.start, resets[0]?.start ?? requirement.start), Math.max(requirement.end, last.end), { ...requirement.value, resetsOn }));
    return;
  }
  if (requirement !== undefined) out.push(mention(x, requirement.start, requirement.end, requirement.value));
  const earlier = previous === undefined ? undefined : out[previous];
  if (requirement === undefined && benefit === undefined && resets.length > 0 && earlier !== undefined && earlier.value.kind === "eligibility") {
    // "… may apply for citizenship after three years; the clock restarts if they transfer."
    const last = resets[resets.length - 1] as (typeof resets)[number];
    const resetsOn = [...new Set([...earlier.value.resetsOn, ...resets.map((r) => r.trigger)])];
    out[previous as number] = mentionOf(x.text, earlier.start, (x.t[last.end - 1] as Token).end, { ...earlier.value, resetsOn });
    return;
  }
  for (const r of resets) {
    out.push(mention(x, r.start, r.end, {
      kind: "eligibility", benefit: benefit ?? "unspecified", countedFrom: "start", resetsOn: [r.trigger], alternatives: [],
    }));
  }
}

const UNIT_NOUNS: ReadonlySet<string> = new Set(["unit", "units", "brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "formation"]);

/** After a transfer word, the token after "units" or "to another unit" (the clause names where to); else `at`. */
function destinationEnd(x: Sentence, at: number): number {
  if (UNIT_NOUNS.has(w(x, at))) return at + 1;
  if (w(x, at) !== "to") return at;
  for (let k = at + 1; k < Math.min(x.e, at + 4); k++) if (UNIT_NOUNS.has(w(x, k))) return k + 1;
  return at;
}

/** "the counter reset after the transfer", "the clock restarted when he signed a new contract". */
function clockResets(x: Sentence): { start: number; end: number; trigger: (typeof RESET_TRIGGERS)[number] }[] {
  const found: { start: number; end: number; trigger: (typeof RESET_TRIGGERS)[number] }[] = [];
  for (let k = x.s; k < x.e; k++) {
    if (!CLOCK_WORDS.has(w(x, k))) continue;
    let v = k + 1;
    while (v < Math.min(x.e, k + 4) && !RESET_VERBS.has(w(x, v)) && !(w(x, v) === "started" && ["again", "over"].includes(w(x, v + 1)))) v++;
    if (v >= Math.min(x.e, k + 4)) continue;
    for (let c = v + 1; c < Math.min(x.e, v + 8); c++) {
      const word = w(x, c);
      const trigger = RESET_CAUSE_WORDS.get(word) ?? (word === "new" && CONTRACT_WORDS.has(w(x, c + 1)) ? "new-contract" : undefined);
      if (trigger === undefined) continue;
      const start = w(x, k - 1) === "the" ? k - 1 : k;
      const end = trigger === "new-contract" ? c + 2 : destinationEnd(x, c + 1);
      found.push({ start, end, trigger });
      k = end - 1;
      break;
    }
  }
  return found.length > 0 ? found : causeFirstResets(x);
}

// What a cause may reset when it is the subject: "a transfer resets that period", "… restarts the clock"
const RESET_OBJECTS: ReadonlySet<string> = new Set([...CLOCK_WORDS, "period", "requirement"]);

/**
 * "a transfer to another unit resets that period", "any break in service restarts the clock": the
 * cause before the reset verb, the clock (or "period") after it.
 */
function causeFirstResets(x: Sentence): { start: number; end: number; trigger: (typeof RESET_TRIGGERS)[number] }[] {
  const found: { start: number; end: number; trigger: (typeof RESET_TRIGGERS)[number] }[] = [];
  for (let v = x.s; v < x.e; v++) {
    if (!RESET_VERBS.has(w(x, v))) continue;
    let object = v + 1;
    while (object < Math.min(x.e, v + 4) && !RESET_OBJECTS.has(w(x, object))) object++;
    if (object >= Math.min(x.e, v + 4)) continue;
    for (let c = v - 1; c >= Math.max(x.s, v - 7) && !(x.t[c] as Token).punct; c--) {
      const trigger = RESET_CAUSE_WORDS.get(w(x, c));
      if (trigger === undefined) continue;
      found.push({ start: ["a", "an", "the", "any"].includes(w(x, c - 1)) ? c - 1 : c, end: object + 1, trigger });
      v = object;
      break;
    }
  }
  return found;
}

function restriction(x: Sentence, out: Mention<Clause>[], found: number): void {
  if (found > 0 || !mentionsContract(x)) return;
  if (!["sign", "serve", "join", "transfer", "renew", "enlist", "hold", "have", "extend"].some((v) => x.has.has(v))) return;
  for (let k = x.s; k < x.e; k++) {
    const pair = `${w(x, k)} ${w(x, k + 1)}`;
    if (!PROHIBITION_PAIRS.has(pair) && w(x, k) !== "cannot") continue;
    let end = x.e;
    while (end > x.s + 1 && (x.t[end - 1] as Token).punct) end--;
    out.push(mention(x, x.s, end, { kind: "restriction", text: x.text.slice((x.t[x.s] as Token).start, (x.t[end - 1] as Token).end) }));
    return;
  }
}

/**
 * Finds contract clauses stated in running text and returns each with its span: termination
 * ("can terminate their contract after six months of service", "can end the contract only after six
 * months of continuous service", "… with two months' notice"), probation ("a three-month probation period"), renewal ("renewable
 * for six months to five years"), pay parity ("receive the same salary as Ukrainian soldiers"),
 * eligibility ("citizenship after three years of service"; "the counter reset after the transfer",
 * "a transfer to another unit resets that period")
 * and restriction ("foreigners may sign only one contract"). Lengths are read by the common
 * duration phrase parser. A contract's term ("three-year contracts", "valid until the end of
 * mobilisation") is not a clause: {@link findContractTerms} reads it. Total: any string gives an
 * array (empty when no clause is stated), never a throw, in time linear in the text.
 *
 * @param text - running text.
 * @returns the clauses found, in text order; `text === source.slice(start, end)` for each.
 * @example
 * ```ts
 * import { findClauses } from "musterroll/contract";
 * const [m] = findClauses("They can terminate their contract after six months of service.");
 * m?.text;  // "terminate their contract after six months of service"
 * m?.value; // { kind: "termination", by: "member", minService: "P6M", continuous: false, countedFrom: "start" }
 * findClauses("The weather was cold."); // []
 * ```
 */
export function findClauses(text: string): Mention<Clause>[] {
  if (typeof text !== "string") return [];
  const out: Mention<Clause>[] = [];
  let contractBefore = false;
  let eligibilityBefore: number | undefined;
  for (const x of eachSentence(text)) {
    const before = out.length;
    termination(x, out, contractBefore);
    contractBefore = mentionsContract(x);
    payParity(x, out);
    probation(x, out);
    renewal(x, out);
    const previous = eligibilityBefore;
    eligibilityBefore = undefined;
    const count = out.length;
    eligibility(x, out, previous);
    for (let i = out.length - 1; i >= count && eligibilityBefore === undefined; i--) {
      const c = out[i]?.value;
      if (c?.kind === "eligibility" && c.requiredService !== undefined) eligibilityBefore = i;
    }
    restriction(x, out, out.length - before);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * What a term phrase says: the term, whether the length is exact or a bound ("contracts of up to
 * one year" is `at-most`), the shortest length of a range, and whether it is a first contract.
 *
 * @example
 * ```ts
 * import { TermMentionValueSchema } from "musterroll/contract";
 * TermMentionValueSchema.parse({ term: "P5Y", bound: "exact", initial: true });
 * ```
 */
export const TermMentionValueSchema = z.strictObject({
  /** The term stated (the longest, for a range). */
  term: TermSchema,
  /** Whether the length is exact, a most or a least. */
  bound: z.enum(["exact", "at-most", "at-least"]),
  /** The shortest length of a range. */
  shortest: ServiceDurationSchema.optional(),
  /** Whether it is a first contract. */
  initial: z.boolean(),
});

/**
 * What a term phrase says; see {@link TermMentionValueSchema}.
 *
 * @example
 * ```ts
 * import type { TermMentionValue } from "musterroll/contract";
 * const v: TermMentionValue = { term: { until: "demobilization" }, bound: "exact", initial: false };
 * ```
 */
export type TermMentionValue = z.infer<typeof TermMentionValueSchema>;

const BOUNDS: ReadonlyMap<string, "at-most" | "at-least"> = new Map([
  ["up to", "at-most"], ["at most", "at-most"], ["no more than", "at-most"], ["a maximum of", "at-most"],
  ["not more than", "at-most"], ["no longer than", "at-most"], ["not longer than", "at-most"], ["not exceeding", "at-most"],
  ["at least", "at-least"], ["a minimum of", "at-least"], ["no less than", "at-least"],
]);

/** The bound ("up to", "no more than") whose words start at token `j`, and how many words it has. */
function boundAt(x: Sentence, j: number): { bound: "at-most" | "at-least"; words: number } | undefined {
  for (const n of [3, 2]) {
    const bound = BOUNDS.get(Array.from({ length: n }, (_, d) => w(x, j + d)).join(" "));
    if (bound !== undefined) return { bound, words: n };
  }
  return undefined;
}

/** A term read from tokens [from, to) of one sentence. */
interface TermSpan {
  readonly from: number;
  readonly to: number;
  readonly value: TermMentionValue;
}

function lengthTerms(x: Sentence, out: TermSpan[]): void {
  for (let k = x.s; k < x.e; k++) {
    if (!CONTRACT_WORDS.has(w(x, k))) continue;
    let a = k;
    let initial = false;
    while (a > Math.max(x.s, k - 3) && CONTRACT_ADJECTIVES.has(w(x, a - 1))) {
      if (INITIAL_WORDS.has(w(x, a - 1))) initial = true;
      a--;
    }
    const before = durationBefore(x.text, x.t, a, x.s);
    if (before !== undefined) {
      if (INITIAL_WORDS.has(w(x, before.start - 1))) initial = true;
      out.push({ from: before.start, to: k + 1, value: { term: before.iso, bound: "exact", initial } });
      continue;
    }
    // "a contract of/for/lasting two years", "the initial contract is five years", "contracts run for two years"
    // "contracts last three years", "run from one to 10 years"
    const linkWords = ["run", "runs", "last", "lasts"].includes(w(x, k + 1)) && w(x, k + 2) === "for" ? 2 : ["of", "for", "lasting", "is", "lasts", "last", "run", "runs"].includes(w(x, k + 1)) ? 1 : 0;
    if (linkWords === 0) continue;
    let j = k + 1 + linkWords;
    if (w(x, j) === "from" && linkWords === 1 && w(x, k + 1) !== "from") j++;
    const b = boundAt(x, j);
    const bound = b?.bound ?? "exact";
    j += b?.words ?? 0;
    const range = lengthRange(x, j);
    if (range === undefined) continue;
    const value: TermMentionValue = range.shortest === undefined
      ? { term: range.longest, bound, initial }
      : { term: range.longest, bound: "at-most", shortest: range.shortest, initial };
    out.push({ from: a, to: range.next, value });
    k = range.next - 1;
  }
}

/** Whether a sentence speaks of a contract or of service, so that "until the end of the war" there is a term. */
const speaksOfService = (x: Sentence): boolean => mentionsContract(x) || x.has.has("service") || x.has.has("serve");

/**
 * The event a term phrase at token `k` runs until: "until the end of mobilisation", "until martial
 * law is lifted", "for the duration of the war"; with `bare`, also one without "until", as the
 * second end of an earliest-of ("three years or the end of martial law, whichever comes first").
 * The index after the phrase; `undefined` when none starts at `k`.
 */
function eventAt(x: Sentence, k: number, bare: boolean): { until: EventTerm["until"]; next: number } | undefined {
  let j: number;
  if (w(x, k) === "until") j = k + 1;
  else if (w(x, k) === "for" && w(x, k + 1) === "the" && w(x, k + 2) === "duration") j = k + 2;
  else if (bare) j = k;
  else return undefined;
  if (w(x, j) === "the") j++;
  const endOf = (w(x, j) === "end" || w(x, j) === "duration") && w(x, j + 1) === "of";
  if (endOf) j += w(x, j + 2) === "the" ? 3 : 2;
  if (w(x, j) === "partial" || w(x, j) === "general") j++;
  let until = TERM_EVENT_WORDS.get(w(x, j));
  let end = j + 1;
  if (w(x, j) === "martial" && w(x, j + 1) === "law") [until, end] = ["end-of-martial-law", j + 2];
  if (until === undefined) return undefined;
  if (endOf || w(x, j).startsWith("demob")) return { until, next: end };
  // "until mobilisation ends", "until martial law is lifted"
  if (["ends", "end"].includes(w(x, end))) return { until, next: end + 1 };
  if (["is", "are", "has"].includes(w(x, end))) return { until, next: end + 2 };
  return undefined;
}

function eventTerms(x: Sentence, out: TermSpan[]): void {
  if (!speaksOfService(x)) return;
  for (let k = x.s; k < x.e; k++) {
    const event = eventAt(x, k, false);
    if (event === undefined) continue;
    out.push({ from: k, to: event.next, value: { term: { until: event.until }, bound: "exact", initial: false } });
    k = event.next - 1;
  }
}

function indefiniteTerms(x: Sentence, out: TermSpan[]): void {
  for (let k = x.s; k < x.e; k++) {
    if (!INDEFINITE_WORDS.has(w(x, k))) continue;
    const c = CONTRACT_WORDS.has(w(x, k + 1)) ? k + 1 : CONTRACT_WORDS.has(w(x, k + 2)) ? k + 2 : -1;
    if (c < 0) continue;
    out.push({ from: k, to: c + 1, value: { term: "indefinite", bound: "exact", initial: false } });
    k = c;
  }
}

/** One end of an earliest-of: its terms (several when it is an earliest-of read before), from where. */
interface ListedEnd {
  readonly from: number;
  readonly terms: readonly EarliestOfTerm["earliestOf"][number][];
  readonly atMost: boolean;
  readonly initial: boolean;
}

// How many ends one earliest-of may list ("for three years, until demobilisation or until the war ends")
const MAX_ENDS = 4;
// How many words an event phrase may have ("until the end of the general mobilisation")
const EVENT_WORDS = 8;

/**
 * The end of a term that stops just before token `e`: a term read already (`byEnd`, by the token
 * it stops before: "Contracts run for three years", "until demobilisation"), an event ("or the end
 * of martial law"), or a length ("or for up to 18 months"); `undefined` when none stops there.
 */
function endBefore(x: Sentence, e: number, byEnd: ReadonlyMap<number, TermSpan>): ListedEnd | undefined {
  const known = byEnd.get(e);
  if (known !== undefined) {
    const { term, bound, shortest, initial } = known.value;
    // "contracts of one to three years", "at least …", "an open-ended contract" are no end of a term
    if (term === "indefinite" || shortest !== undefined || bound === "at-least") return undefined;
    const terms = typeof term === "object" && "earliestOf" in term ? term.earliestOf : [term];
    return { from: known.from, terms, atMost: bound === "at-most", initial };
  }
  let event: ListedEnd | undefined;
  for (let i = e - 1; i >= Math.max(x.s, e - EVENT_WORDS); i--) {
    const found = eventAt(x, i, true);
    if (found?.next === e) event = { from: i, terms: [{ until: found.until }], atMost: false, initial: false };
  }
  if (event !== undefined) return event;
  const length = durationBefore(x.text, x.t, e, x.s);
  if (length === undefined) return undefined;
  let from = length.start;
  let atMost = false;
  // "for no longer than five years or until …": the bound is on this end
  for (const n of [3, 2]) {
    const bound = boundAt(x, from - n);
    if (bound?.bound !== "at-most" || bound.words !== n) continue;
    atMost = true;
    from -= n;
    break;
  }
  if (w(x, from - 1) === "for") from--;
  return { from, terms: [length.iso], atMost, initial: false };
}

// Words that may stand between "whichever" (or "if") and the word that picks: "whichever is the sooner"
const TAIL_WORDS: ReadonlySet<string> = new Set([
  "comes", "come", "came", "is", "are", "was", "were", "occurs", "occur", "occurred", "happens", "happen", "happened", "ends", "end",
  "ended", "arrives", "arrived", "falls", "fell", "will", "would", "the", "that", "it", "this",
]);
// "whichever first occurs": a verb may follow the word that picks
const TAIL_VERBS: ReadonlySet<string> = new Set(["comes", "came", "occurs", "occurred", "happens", "happened", "arrives", "arrived", "ends", "ended"]);

/**
 * "whichever comes first", "whichever is the sooner", "if earlier", "if that comes first" at token
 * `k`: the index after it and whether it picks the earliest end ("whichever comes later" picks the
 * latest); `undefined` when no such tail stands there. An "if" tail closes its clause, so "if
 * earlier reports are right" is none.
 */
function tailAt(x: Sentence, k: number): { next: number; earliest: boolean } | undefined {
  const cue = w(x, k);
  if (cue !== "whichever" && cue !== "if") return undefined;
  for (let j = k + 1; j < Math.min(x.e, k + 5); j++) {
    const word = w(x, j);
    const earliest = EARLIEST_WORDS.has(word);
    if (earliest || LATEST_WORDS.has(word)) {
      const next = cue === "whichever" && TAIL_VERBS.has(w(x, j + 1)) ? j + 2 : j + 1;
      if (cue === "if" && next < x.e && !(x.t[next] as Token).punct) return undefined;
      return { next, earliest };
    }
    if (!TAIL_WORDS.has(word)) return undefined;
  }
  return undefined;
}

const TAIL_MARKS: ReadonlySet<string> = new Set([",", "(", "-", "\u2013", "\u2014"]);

const earliestSpan = (from: number, to: number, ends: readonly ListedEnd[], exact: boolean): TermSpan => ({
  from,
  to,
  value: {
    term: { earliestOf: ends.flatMap((end) => end.terms) },
    bound: exact || !ends.some((end) => end.atMost) ? "exact" : "at-most",
    initial: ends.some((end) => end.initial),
  },
});

/**
 * "for three years or until the end of martial law, whichever comes first", "until demobilisation
 * or for 18 months, whichever is sooner", "…, or until martial law ends if earlier": the ends
 * listed before the tail at token `k`, joined by "or" (and commas before it), as one earliest-of.
 */
function listBefore(x: Sentence, k: number, byEnd: ReadonlyMap<number, TermSpan>): TermSpan | undefined {
  const tail = tailAt(x, k);
  if (tail === undefined || !tail.earliest) return undefined;
  // "…, whichever comes first", "… – whichever comes first", "… (whichever comes first)"
  let e = TAIL_MARKS.has(w(x, k - 1)) ? k - 1 : k;
  const ends: ListedEnd[] = [];
  let or = false;
  while (ends.length < MAX_ENDS) {
    const end = endBefore(x, e, byEnd);
    if (end === undefined) break;
    ends.unshift(end);
    const j = end.from - 1;
    if (w(x, j) === "or") [or, e] = [true, w(x, j - 1) === "," ? j - 1 : j];
    else if (w(x, j) === "," && or) e = j;
    else break;
  }
  const first = ends[0];
  if (!or || first === undefined || ends.flatMap((end) => end.terms).length < 2) return undefined;
  const closed = w(x, k - 1) === "(" && w(x, tail.next) === ")" ? tail.next + 1 : tail.next;
  return earliestSpan(first.from, closed, ends, false);
}

/**
 * "for the duration of martial law but no longer than five years", "until the end of martial law,
 * but for no more than five years": an event capped by a length at the "but" at token `k`, as one
 * earliest-of, the event first.
 */
function cappedAt(x: Sentence, k: number, byEnd: ReadonlyMap<number, TermSpan>): TermSpan | undefined {
  let j = w(x, k + 1) === "only" ? k + 2 : k + 1;
  if (w(x, j) === "for") j++;
  const cap = boundAt(x, j);
  if (cap?.bound !== "at-most") return undefined;
  const length = durationAt(x.text, x.t, j + cap.words, x.e);
  if (length === undefined) return undefined;
  const event = endBefore(x, w(x, k - 1) === "," ? k - 1 : k, byEnd);
  if (event === undefined || event.terms.every((t) => typeof t === "string")) return undefined;
  return earliestSpan(event.from, length.next, [event, { from: j, terms: [length.iso], atMost: false, initial: false }], true);
}

/**
 * Joins the terms of one sentence that are the earliest of several ends into one earliest-of term,
 * in place of the terms it covers: keeping only the first would state a wrong fact (that the
 * contract surely runs three years).
 */
function earliestOfs(x: Sentence, found: readonly TermSpan[]): TermSpan[] {
  if (!speaksOfService(x) || !["whichever", "if", "but"].some((cue) => x.has.has(cue))) return [...found];
  let spans = [...found];
  const byEnd = new Map(spans.map((f) => [f.to, f]));
  for (let k = x.s; k < x.e; k++) {
    const joined = w(x, k) === "but" ? cappedAt(x, k, byEnd) : listBefore(x, k, byEnd);
    if (joined === undefined) continue;
    const [covered, kept] = [spans.filter((f) => f.from < joined.to && f.to > joined.from), spans.filter((f) => f.to <= joined.from || f.from >= joined.to)];
    for (const f of covered) byEnd.delete(f.to);
    spans = [...kept, joined];
    byEnd.set(joined.to, joined);
    k = joined.to - 1;
  }
  return spans;
}

/**
 * Finds the terms of contracts stated in running text: a length ("several thousand signed
 * three-year contracts", "a five-year initial contract", "contracts of up to one year", "contracts
 * of six months to five years"), an event ("contracts remain valid until the end of mobilisation",
 * "until martial law ends"), the earliest of several ("for three years or until the end of martial
 * law, whichever comes first", "for the duration of martial law but no longer than five years"), or
 * no end ("an open-ended contract"). "Whichever comes later" is no earliest-of: its ends stay apart.
 * A term describes the contract, not a clause of it, so it is kept apart from {@link findClauses}.
 * Total and linear like it.
 *
 * @param text - running text.
 * @returns the terms found, in text order, with spans.
 * @example
 * ```ts
 * import { findContractTerms } from "musterroll/contract";
 * findContractTerms("Several thousand signed three-year contracts.")[0]?.value;
 * // { term: "P3Y", bound: "exact", initial: false }
 * findContractTerms("Contracts remain valid until the end of mobilisation.")[0]?.value.term;
 * // { until: "demobilization" }
 * findContractTerms("Contracts run for three years or until the end of martial law, whichever comes first.")[0]?.value.term;
 * // { earliestOf: ["P3Y", { until: "end-of-martial-law" }] }
 * ```
 */
export function findContractTerms(text: string): Mention<TermMentionValue>[] {
  if (typeof text !== "string") return [];
  const out: Mention<TermMentionValue>[] = [];
  for (const x of eachSentence(text)) {
    const found: TermSpan[] = [];
    lengthTerms(x, found);
    eventTerms(x, found);
    indefiniteTerms(x, found);
    for (const f of earliestOfs(x, found)) out.push(mention(x, f.from, f.to, f.value));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
