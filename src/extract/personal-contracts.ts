// One person's contract: "Rojas said he signed a six-month contract in August 2025" tells what that
// volunteer agreed to, not the terms every volunteer of the report serves under.
import { tokenize, type Mention, type Token } from "../common/index.js";
import { CONTRACT_WORDS, type TermMentionValue } from "../contract/index.js";
import type { DateMention } from "./dates.js";
import type { DraftPerson } from "./drafts.js";
import type { SubjectReader } from "./people.js";
import { bySentence, sentenceAt } from "./positions.js";
import { SINGULAR_SUBJECTS } from "./vocabulary.js";

/** A term one person signed, who (when the text makes it clear), and when. */
export interface PersonalTerm {
  readonly term: Mention<TermMentionValue>;
  readonly person?: DraftPerson;
  /** The subject that names the person ("he", "Rojas"). */
  readonly subject?: { readonly start: number; readonly end: number; readonly pronoun: boolean };
  /** The date of the signing; an inferred one ("last month") marks its source inferred. */
  readonly signed?: DateMention;
  /** "Like most of the company, he signed …": the term is also the group's. */
  readonly shared: boolean;
}

// "Like most of the company, he signed …", "Like other volunteers, she signed …": the one person's term is the group's too
const LIKE_THE_GROUP = /\blike (?:most|many|all|the rest|others|other|the other)\b/i;


const SIGNING: ReadonlySet<string> = new Set(["signed", "signs", "sign", "signing"]);
// what may stand between the subject and "signed": "he had signed", "she also signed", "he then signed"
const BEFORE_SIGNING: ReadonlySet<string> = new Set(["had", "has", "have", "also", "then", "first", "later", "only", "just", "finally"]);
// between "signed" and the term: "signed a six-month contract", "signed a new contract for three years"
const MAX_TO_TERM = 5;
// how much of a sentence before a term is read for its verb and subject (keeps long sentences linear)
const LOOK_BACK = 200;
// how far after a term its contract word is looked for ("… service contract")
const AFTER_TERM = 24;

/**
 * The terms one person signed: a term whose verb is "signed" ("he signed a six-month contract",
 * "Rojas had signed a contract for three years") and whose subject stands for one person named
 * before; a "he" or "she" that stands for no one clear gives a term without a person, still no
 * term of the report's regime. The date of the signing is a date of the same sentence after the
 * term ("… in August 2025") or the one that opens it ("In August 2025, he signed …"). "Like most
 * of the company, he signed …" makes the term the group's as well (`shared`).
 */
export function personalTerms(
  text: string, sentences: readonly { start: number; end: number }[], terms: readonly Mention<TermMentionValue>[], dates: readonly DateMention[], subjectOf: SubjectReader,
): PersonalTerm[] {
  const datesIn = bySentence(sentences, dates);
  const out: PersonalTerm[] = [];
  for (const term of terms) {
    const si = sentenceAt(sentences, term.start);
    const span = sentences[si];
    if (span === undefined) continue;
    const tokens = tokenize(text, Math.max(span.start, term.start - LOOK_BACK), term.start);
    const verb = signingVerb(text, tokens, term);
    if (verb === undefined) continue;
    let s = verb - 1;
    while (s >= 0 && BEFORE_SIGNING.has((tokens[s] as Token).lower)) s--;
    // "Ola Berg, 30, signed": the apposition's closing comma follows the description's last word
    const closes = tokens[s]?.lower === "," && s > 0;
    const subject = tokens[closes ? s - 1 : s];
    if (subject === undefined || (subject.kind !== "word" && !closes)) continue;
    const person = subjectOf(subject, si);
    // "I signed …" in a quotation is one person's too
    const pronoun = SINGULAR_SUBJECTS.has(subject.lower) || subject.lower === "i";
    const shared = LIKE_THE_GROUP.test(text.slice(Math.max(span.start, term.start - LOOK_BACK), subject.start));
    // "He signed a six-month contract" of someone the text does not make clear is still one
    // person's term, no term of every volunteer's
    if (person === undefined) {
      if (pronoun) out.push({ term, shared });
      continue;
    }
    const here = datesIn[si] ?? [];
    const signed = here.find((d) => d.start >= term.end) ?? here.find((d) => d.end <= subject.start && opens(text, span.start, d.start));
    out.push({ term, person, subject: { start: subject.start, end: subject.end, pronoun }, ...(signed === undefined ? {} : { signed }), shared });
  }
  return out;
}

/** The index of "signed" a few words before the term, when the term is a contract's ("a six-month contract", "a contract for three years"). */
function signingVerb(text: string, tokens: readonly Token[], term: { readonly text: string; readonly start: number; readonly end: number }): number | undefined {
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - MAX_TO_TERM; k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct") return undefined;
    if (!SIGNING.has(t.lower)) continue;
    return tokens.slice(k + 1).some((w) => CONTRACT_WORDS.has(w.lower)) || namesContract(text, term) ? k : undefined;
  }
  return undefined;
}

/** Whether a contract word is in the term ("six-month contract") or just after it ("three-year service contract"). */
function namesContract(text: string, term: { readonly start: number; readonly end: number }): boolean {
  const words = tokenize(text, term.start, Math.min(text.length, term.end + AFTER_TERM));
  for (const w of words) {
    if (CONTRACT_WORDS.has(w.lower)) return true;
    if (w.start >= term.end && w.lower !== "service") return false;
  }
  return false;
}

/** Whether only "In"/"On"-like words stand between the sentence's start and a date. */
function opens(text: string, sentenceStart: number, dateStart: number): boolean {
  return /^\s*(?:(?:in|on|by|since|back in|early|late)\s+)?$/i.test(text.slice(sentenceStart, dateStart));
}
