import { isSpaceAt } from "../common/index.js";
import { MONTH, NAME_STOP, ORGANISATION, PLACE_PREPOSITION, TITLE, wordClasses } from "./lexicon.js";
import { isAllCaps, type Token } from "./tokens.js";
import { PERSON_TITLES } from "./vocabulary.js";

/** One person of a text: the span of their fullest first mention, and their gender if known. */
export interface Person {
  readonly start: number;
  readonly end: number;
  gender: "male" | "female" | "unknown";
}

/** A mention of a person outside quote marks, a candidate antecedent for a pronoun. */
export interface PersonMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly person: Person;
}

/**
 * The people of a text, so that "Maren Holt", a later "Holt" and a cue's "Ferreira" after
 * "Tomas Ferreira" are one person (sharing what is known of their gender).
 */
export class PersonRegistry {
  private readonly byName = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person>();

  /** The person a written name refers to, made new when the name is new. */
  personFor(name: string, start: number, end: number, gender: Person["gender"] = "unknown"): Person {
    const key = name.toLowerCase();
    const words = key.split(/\s+/);
    const known = this.byName.get(key) ?? (words.length === 1 ? this.bySurname.get(key) : undefined);
    if (known) {
      if (known.gender === "unknown") known.gender = gender;
      return known;
    }
    const person: Person = { start, end, gender };
    this.byName.set(key, person);
    const surname = words[words.length - 1];
    if (words.length > 1 && surname !== undefined) this.bySurname.set(surname, person);
    return person;
  }

  /** Whether a single word, given in lower case, is the surname of a person already met. */
  isKnownSurname(lower: string): boolean {
    return this.bySurname.has(lower);
  }
}

/** Whether `from`…`to` is white space (as `\s`) on one line: at least one character, no line feed. */
function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 10 || !isSpaceAt(text, i)) return false;
  }
  return true;
}

// The shape tests of a name word read the token in place: a copy of every capitalised word only
// to look at its letters cost more than the rest of the test.
function hasDigit(t: Token): boolean {
  for (let i = t.start; i < t.end; i++) {
    const c = t.source.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** isAllCaps of the token's word. */
function isAcronym(t: Token): boolean {
  if (t.end - t.start < 2) return false;
  let capitals = false;
  for (let i = t.start; i < t.end; i++) {
    const c = t.source.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return isAllCaps(t.text);
    if (c >= 65 && c <= 90) capitals = true;
  }
  // ASCII with no lower-case letter: isAllCaps asks only that it hold a capital
  return capitals;
}

const PARTICLES = new Set(["de", "da", "del", "der", "van", "von", "bin", "ibn", "al", "la", "le", "di", "du"]);

/** Whether a word can be part of a person's name: capitalised, not an acronym, no month. */
export function isNameWord(t: Token | undefined): boolean {
  return (
    t !== undefined && t.kind === "word" && t.capitalized && !isAcronym(t) &&
    (wordClasses(t) & (NAME_STOP | TITLE | MONTH)) === 0 && !hasDigit(t)
  );
}

/**
 * Reads the run of name words that starts at token `i` ("Ruth Sato", "Jean-Pierre de la
 * Tour"): up to five words, particles allowed inside, adjacent words separated by white space
 * only. Returns the index after the run, or `i` when no name starts there.
 */
export function nameRunEnd(tokens: readonly Token[], i: number, text: string): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < 5) {
    const t = tokens[j];
    if (t === undefined) break;
    if (j > i) {
      const prev = tokens[j - 1];
      if (prev === undefined || !isSpaceGap(text, prev.end, t.start)) break;
    }
    if (isNameWord(t)) {
      j++;
      words++;
    } else if (j > i && PARTICLES.has(t.text) && isNameWord(tokens[j + 1])) {
      j++;
    } else break;
  }
  return j;
}

// Nouns that are no titles but give a person's gender from beside the name: "His sister, Olena";
// titles with a gender ("spokeswoman") come from PERSON_TITLES
const GENDERED_NOUNS: ReadonlyMap<string, "male" | "female"> = new Map([
  ["sister", "female"], ["mother", "female"], ["wife", "female"], ["daughter", "female"], ["widow", "female"], ["girlfriend", "female"],
  ["aunt", "female"], ["grandmother", "female"], ["servicewoman", "female"], ["woman", "female"],
  ["brother", "male"], ["father", "male"], ["husband", "male"], ["son", "male"], ["widower", "male"], ["boyfriend", "male"],
  ["uncle", "male"], ["grandfather", "male"], ["serviceman", "male"], ["man", "male"],
]);

function genderOf(word: string | undefined): "male" | "female" | undefined {
  const gender = GENDERED_NOUNS.get(word ?? "") ?? PERSON_TITLES.get(word ?? "");
  return gender === "male" || gender === "female" ? gender : undefined;
}
const APPOSITION_REACH = 6;

/** The gender a noun just before a name ("His sister, Olena") or in the apposition after it gives; else unknown. */
function genderAround(tokens: readonly Token[], start: number, end: number): Person["gender"] {
  if (tokens[start - 1]?.text === ",") {
    const before = genderOf(tokens[start - 2]?.lower);
    if (before !== undefined) return before;
  }
  if (tokens[end]?.text !== ",") return "unknown";
  for (let k = end + 1; k < tokens.length && k <= end + APPOSITION_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return "unknown";
    const gender = genderOf(t.lower);
    if (gender !== undefined) return gender;
  }
  return "unknown";
}

/**
 * Finds the person mentions among `tokens` (the words of a text outside its quotations): runs of
 * two to five capitalised words that are not organisations, units or places (the last word is
 * not "Battalion", "Islands"… and the run does not follow a place preposition), a name after a
 * title ("President Zelensky"), and a single capitalised name followed by an appositive
 * ("Pieter, a 41-year-old mechanic"), and a single word that is the surname of someone met before
 * ("Holt" after "Maren Holt"). A title with a gender ("Ms", "spokeswoman") sets the gender.
 */
export function findPersons(tokens: readonly Token[], text: string, registry: PersonRegistry): PersonMention[] {
  const persons: PersonMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isNameWord(t)) {
      i++;
      continue;
    }
    // a name word starts a run of at least itself
    const end = nameRunEnd(tokens, i, text);
    if (isPersonRun(tokens, i, end, registry)) {
      const last = tokens[end - 1] as Token;
      const name = text.slice(t.start, last.end);
      const title = titleBefore(tokens, i);
      const gender = title === "male" || title === "female" ? title : genderAround(tokens, i, end);
      persons.push({ text: name, start: t.start, end: last.end, person: registry.personFor(name, t.start, last.end, gender) });
    }
    i = end;
  }
  return persons;
}

/** The title just before token `i` ("President Zelensky", "Col. Kowalska") with the gender it gives. */
function titleBefore(tokens: readonly Token[], i: number): Person["gender"] | undefined {
  const prev = tokens[i - 1];
  if (prev === undefined) return undefined;
  const prev2 = tokens[i - 2];
  return titleOf(prev) ?? (prev.text === "." && prev2 ? titleOf(prev2) : undefined);
}

/** The gender a title gives (PERSON_TITLES), or undefined when the word is no title. */
function titleOf(t: Token): Person["gender"] | undefined {
  return (wordClasses(t) & TITLE) === 0 ? undefined : PERSON_TITLES.get(t.lower);
}

/** Whether the run of name words `start`…`end` names a person (see {@link findPersons}). */
function isPersonRun(tokens: readonly Token[], start: number, end: number, registry: PersonRegistry): boolean {
  const prev = tokens[start - 1];
  const prev2 = tokens[start - 2];
  // "according to Andriy Kovalenko" names a source, not a place
  const afterPlacePrep = prev !== undefined && !(prev.lower === "to" && prev2?.lower === "according") &&
    (isPlacePreposition(prev) || (prev.lower === "the" && prev2 !== undefined && isPlacePreposition(prev2)));
  if (afterPlacePrep) return false;
  for (let k = start; k < end; k++) if ((wordClasses(tokens[k] as Token) & ORGANISATION) !== 0) return false;
  return end - start >= 2 || titleBefore(tokens, start) !== undefined || hasAppositive(tokens, end) || registry.isKnownSurname((tokens[start] as Token).lower);
}

const isPlacePreposition = (t: Token): boolean => (wordClasses(t) & PLACE_PREPOSITION) !== 0;

/** Whether a comma at `end` opens an appositive: "Pieter, a 41-year-old mechanic", "Pieter, 41, a mechanic". */
function hasAppositive(tokens: readonly Token[], end: number): boolean {
  const next2 = tokens[end + 1];
  return tokens[end]?.text === "," && next2 !== undefined &&
    (next2.lower === "a" || next2.lower === "an" || (isAge(next2.text) && tokens[end + 2]?.text === ","));
}

/** Whether a word is one to three ASCII digits, as an age is written. */
function isAge(word: string): boolean {
  if (word.length < 1 || word.length > 3) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
