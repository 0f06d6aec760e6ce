import { isSpaceAt } from "../common/index.js";
import { classesOf, MONTH, NAME_STOP, ORGANISATION, PLACE_PREPOSITION, TITLE } from "./lexicon.js";
import { isAllCaps, TokenList } from "./tokens.js";
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

  // Bit n set when a surname of n characters (31: more) is known: most capitalised words of a
  // report are no surname, and their length says so without a lower-case copy of the word.
  private surnameLengths = 0;

  /** The person a written name refers to, made new when the name is new. */
  personFor(name: string, start: number, end: number, gender: Person["gender"] = "unknown"): Person {
    const key = name.toLowerCase();
    // the words of a name are parted by white space (as `\s`); the surname is the last
    const lastSpace = lastSpaceIn(key);
    const known = this.byName.get(key) ?? (lastSpace < 0 ? this.bySurname.get(key) : undefined);
    if (known) {
      if (known.gender === "unknown") known.gender = gender;
      return known;
    }
    const person: Person = { start, end, gender };
    this.byName.set(key, person);
    if (lastSpace >= 0) {
      const surname = key.slice(lastSpace + 1);
      this.bySurname.set(surname, person);
      this.surnameLengths |= lengthBit(surname.length);
    }
    return person;
  }

  /** Whether token `i`, a word, is the surname of a person already met. */
  isKnownSurnameAt(tokens: TokenList, i: number): boolean {
    if (this.surnameLengths === 0) return false;
    // lower-casing keeps the length of an ASCII word; another may change it ("İ")
    const length = tokens.end(i) - tokens.start(i);
    if ((this.surnameLengths & lengthBit(length)) === 0 && isAsciiAt(tokens, i)) return false;
    return this.bySurname.has(tokens.lower(i));
  }
}

const lengthBit = (length: number): number => 1 << Math.min(length, 31);

/** The index of the last white space (as `\s`) in `text`, or -1. */
function lastSpaceIn(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (isSpaceAt(text, i)) return i;
  return -1;
}

function isAsciiAt(tokens: TokenList, i: number): boolean {
  for (let k = tokens.start(i), end = tokens.end(i); k < end; k++) if (tokens.source.charCodeAt(k) > 127) return false;
  return true;
}

/** Whether `from`…`to` is white space (as `\s`) on one line: at least one character, no line feed. */
function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 10 || !isSpaceAt(text, i)) return false;
  }
  return true;
}

// The shape test of a name word reads the token in place, in one pass: a copy of every
// capitalised word only to look at its letters cost more than the rest of the test.
/** Whether token `i` has no digit and is no acronym (isAllCaps of its word). */
function hasNameShape(tokens: TokenList, i: number): boolean {
  const start = tokens.start(i);
  const end = tokens.end(i);
  const text = tokens.source;
  let lower = false;
  let capitals = false;
  let ascii = true;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return false;
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) capitals = true;
    else if (c > 127) ascii = false;
  }
  // an ASCII lower-case letter settles it, as in isAllCaps; ASCII with none asks only for a capital
  if (lower || end - start < 2) return true;
  return ascii ? !capitals : !isAllCaps(tokens.text(i));
}

const PARTICLES = new Set(["de", "da", "del", "der", "van", "von", "bin", "ibn", "al", "la", "le", "di", "du"]);
const LONGEST_PARTICLE = 3;

/** Whether token `i` is written as a particle of PARTICLES (in lower case, as "de" in "Jean de la Tour"). */
function isParticle(tokens: TokenList, i: number): boolean {
  return tokens.end(i) - tokens.start(i) <= LONGEST_PARTICLE && PARTICLES.has(tokens.text(i));
}

/**
 * Whether token `i` can be part of a person's name: a capitalised word, not an acronym, no month.
 *
 * @example
 * ```ts
 * const tokens = new TokenList("Anna met NATO in May");
 * tokens.scan(0, 20);
 * [0, 1, 2, 4].map((i) => isNameWord(tokens, i)); // [true, false, false, false]
 * ```
 */
export function isNameWord(tokens: TokenList, i: number): boolean {
  return (
    tokens.capitalized(i) && hasNameShape(tokens, i) && (classesOf(tokens, i) & (NAME_STOP | TITLE | MONTH)) === 0
  );
}

/**
 * Reads the run of name words that starts at token `i` ("Ruth Sato", "Jean-Pierre de la
 * Tour"): up to five words, particles allowed inside, adjacent words separated by white space
 * only. Returns the index after the run, or `i` when no name starts there.
 *
 * @example
 * ```ts
 * const tokens = new TokenList("said Jean de Tour today");
 * tokens.scan(0, 23);
 * nameRunEnd(tokens, 1, tokens.source); // 4
 * ```
 */
export function nameRunEnd(tokens: TokenList, i: number, text: string): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < 5) {
    if (!tokens.has(j)) break;
    if (j > i && !isSpaceGap(text, tokens.end(j - 1), tokens.start(j))) break;
    if (isNameWord(tokens, j)) {
      j++;
      words++;
    } else if (j > i && isNameWord(tokens, j + 1) && isParticle(tokens, j)) {
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
function genderAround(tokens: TokenList, start: number, end: number): Person["gender"] {
  if (tokens.isChar(start - 1, COMMA)) {
    const before = genderOf(tokens.lower(start - 2));
    if (before !== undefined) return before;
  }
  if (!tokens.isChar(end, COMMA)) return "unknown";
  for (let k = end + 1; k < tokens.length && k <= end + APPOSITION_REACH; k++) {
    if (!tokens.isWord(k)) return "unknown";
    const gender = genderOf(tokens.lower(k));
    if (gender !== undefined) return gender;
  }
  return "unknown";
}

/**
 * Finds the person mentions among `tokens` (the words of a text outside its quotations): runs of
 * two to five capitalised words that are not organisations, units or places (the last word is
 * not "Battalion", "Islands"… and the run does not follow a place preposition), a name after a
 * title ("President Zelensky"), a single capitalised name followed by an appositive
 * ("Pieter, a 41-year-old mechanic") or after a kin noun ("His sister, Hannah,"), and a single word that is the surname of someone met before
 * ("Holt" after "Maren Holt"). A title with a gender ("Ms", "spokeswoman") sets the gender.
 * The mentions are appended to `persons`, which is returned.
 *
 * @example
 * ```ts
 * const tokens = new TokenList("Col. Anna Kowalska met Pieter, a mechanic.");
 * tokens.scan(0, 42);
 * findPersons(tokens, tokens.source, new PersonRegistry()).map((m) => m.text); // ["Anna Kowalska", "Pieter"]
 * ```
 */
export function findPersons(tokens: TokenList, text: string, registry: PersonRegistry, persons: PersonMention[] = []): PersonMention[] {
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens, i)) {
      i++;
      continue;
    }
    // a name word starts a run of at least itself
    const end = nameRunEnd(tokens, i, text);
    if (isPersonRun(tokens, i, end, registry)) {
      const start = tokens.start(i);
      const last = tokens.end(end - 1);
      const name = text.slice(start, last);
      const title = titleBefore(tokens, i);
      const gender = title === "male" || title === "female" ? title : genderAround(tokens, i, end);
      persons.push({ text: name, start, end: last, person: registry.personFor(name, start, last, gender) });
    }
    i = end;
  }
  return persons;
}

const COMMA = 44;
const PERIOD = 46;

/** The title just before token `i` ("President Zelensky", "Col. Kowalska") with the gender it gives. */
function titleBefore(tokens: TokenList, i: number): Person["gender"] | undefined {
  if (!tokens.has(i - 1)) return undefined;
  return titleOf(tokens, i - 1) ?? (tokens.isChar(i - 1, PERIOD) && tokens.has(i - 2) ? titleOf(tokens, i - 2) : undefined);
}

/** The gender a title gives (PERSON_TITLES), or undefined when the word is no title. */
function titleOf(tokens: TokenList, i: number): Person["gender"] | undefined {
  return (classesOf(tokens, i) & TITLE) === 0 ? undefined : PERSON_TITLES.get(tokens.lower(i));
}

/** Whether the run of name words `start`…`end` names a person (see {@link findPersons}). */
function isPersonRun(tokens: TokenList, start: number, end: number, registry: PersonRegistry): boolean {
  // the tests are independent: the cheap ones first, as most runs of one word name nobody
  const named = end - start >= 2 || hasAppositive(tokens, end) || titleBefore(tokens, start) !== undefined || registry.isKnownSurnameAt(tokens, start) || kinBefore(tokens, start);
  if (!named) return false;
  for (let k = start; k < end; k++) if ((classesOf(tokens, k) & ORGANISATION) !== 0) return false;
  return !isAfterPlacePreposition(tokens, start);
}

/** Whether a kin or gendered noun and a comma come just before token `start`: "Price's sister, Hannah, said" names Hannah. */
function kinBefore(tokens: TokenList, start: number): boolean {
  return start >= 2 && tokens.isChar(start - 1, COMMA) && GENDERED_NOUNS.has(tokens.lower(start - 2));
}

/** Whether a place preposition ("in", "near the") comes before token `start`, but "according to" names a source. */
function isAfterPlacePreposition(tokens: TokenList, start: number): boolean {
  const prev = start - 1;
  const prev2 = start - 2;
  return tokens.has(prev) && !(tokens.is(prev, "to") && tokens.is(prev2, "according")) &&
    (isPlacePreposition(tokens, prev) || (tokens.is(prev, "the") && tokens.has(prev2) && isPlacePreposition(tokens, prev2)));
}

const isPlacePreposition = (tokens: TokenList, i: number): boolean => (classesOf(tokens, i) & PLACE_PREPOSITION) !== 0;

/** Whether a comma at `end` opens an appositive: "Pieter, a 41-year-old mechanic", "Pieter, 41, a mechanic". */
function hasAppositive(tokens: TokenList, end: number): boolean {
  const next2 = end + 1;
  return tokens.isChar(end, COMMA) && tokens.has(next2) &&
    (tokens.is(next2, "a") || tokens.is(next2, "an") || (isAge(tokens, next2) && tokens.isChar(end + 2, COMMA)));
}

/** Whether token `i` is one to three ASCII digits, as an age is written. */
function isAge(tokens: TokenList, i: number): boolean {
  const start = tokens.start(i);
  const end = tokens.end(i);
  if (end - start < 1 || end - start > 3) return false;
  for (let k = start; k < end; k++) {
    const c = tokens.source.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
