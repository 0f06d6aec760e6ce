import { monthFromWord } from "../common/index.js";
import type { Token } from "./tokens.js";
import { NAME_STOP_WORDS, NON_PERSON_NAME_WORDS, PERSON_TITLES, PLACE_PREPOSITIONS } from "./vocabulary.js";

// What the person finder asks of a word, one bit per table of vocabulary.ts. The tables stay the
// one place each word is listed; this index only lets one look-up answer all of them, and the
// answer is kept on the token (a capitalised word is asked whether it is a stop word, a title, a
// month and an organisation word, its neighbours whether they are titles or prepositions).
export const NAME_STOP = 1;
export const TITLE = 2;
export const ORGANISATION = 4;
export const PLACE_PREPOSITION = 8;
export const MONTH = 16;

const CLASSES_BY_WORD = new Map<string, number>();
function addClass(words: Iterable<string>, bit: number): void {
  for (const word of words) CLASSES_BY_WORD.set(word, (CLASSES_BY_WORD.get(word) ?? 0) | bit);
}
addClass(NAME_STOP_WORDS, NAME_STOP);
addClass(PERSON_TITLES.keys(), TITLE);
addClass(NON_PERSON_NAME_WORDS, ORGANISATION);
addClass(PLACE_PREPOSITIONS, PLACE_PREPOSITION);

/** The class bits of a token, looked up once and kept on the token. */
export function wordClasses(t: Token): number {
  if (t.classBits < 0) {
    const lower = t.lower;
    t.classBits = (CLASSES_BY_WORD.get(lower) ?? 0) | (monthFromWord(lower) === undefined ? 0 : MONTH);
  }
  return t.classBits;
}
