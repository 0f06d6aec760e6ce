// A person named in full without a description ("Ivan Petrenko joined in 2023.") and described later
// by surname alone ("Petrenko, 34, a medic, said") is one person, and the record takes the full name.
import { tokenize, type Token } from "../common/index.js";
import { parsePersonDescription } from "../personnel/index.js";

/** Most words of a capitalised run read as a possible name (titles before a name included). */
const MAX_RUN_WORDS = 6;
/** Most earlier runs of a surname looked at, so that a long report costs each look-up a bounded time. */
const MAX_LOOK_BACK = 8;
/** Longest word with a period, the period included, that may sit inside a name ("Capt.", "F."). */
const MAX_ABBREVIATION = 5;

/** Where a full name is written, as offsets into the text. */
export interface WrittenName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

interface Run {
  readonly start: number;
  readonly end: number;
}

// capitalised as the other extraction readers tell it: the first letter changes in lower case
const isCapitalizedWord = (t: Token): boolean => t.kind === "word" && t.text.charAt(0) !== t.lower.charAt(0);

/**
 * The runs of two or more capitalised words of a text, by their last word, indexed on first use
 * (one pass over the text's tokens), so that each surname costs a look-up, not a search.
 */
export class FullNames {
  private runs: Map<string, Run[]> | undefined;
  private readonly verified = new Map<Run, WrittenName | null>();

  constructor(private readonly text: string) {}

  /**
   * The nearest full name before `offset` whose last word is `surname`, checked with the personnel
   * reader so that "Gen. Petrenko" (a rank and a surname) or "Fort Petrenko" give nothing.
   */
  before(surname: string, offset: number): WrittenName | undefined {
    const runs = (this.runs ??= indexRuns(this.text)).get(surname) ?? [];
    let nearest: WrittenName | undefined;
    let looked = 0;
    for (let k = lastEndingBy(runs, offset); k >= 0 && looked < MAX_LOOK_BACK; k--) {
      const run = runs[k] as Run;
      looked++;
      const found = this.verify(run, surname);
      // "Olena Petrenko and Ivan Petrenko …": a surname two people share names neither
      if (found !== undefined && nearest !== undefined && found.name !== nearest.name) return undefined;
      nearest ??= found;
    }
    return nearest;
  }

  private verify(run: Run, surname: string): WrittenName | undefined {
    const known = this.verified.get(run);
    if (known !== undefined) return known ?? undefined;
    const written = this.text.slice(run.start, run.end);
    const parsed = parsePersonDescription(written);
    const name = parsed.success ? parsed.data.name : undefined;
    const full = name !== undefined && name.end === written.length && name.value.includes(" ") && name.value.endsWith(` ${surname}`)
      ? { name: name.value, start: run.start + name.start, end: run.end }
      : undefined;
    this.verified.set(run, full ?? null);
    return full;
  }
}

/** Index of the last run (in text order) that ends at or before `offset`, or -1 (binary search). */
function lastEndingBy(runs: readonly Run[], offset: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((runs[mid] as Run).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function indexRuns(text: string): Map<string, Run[]> {
  const runs = new Map<string, Run[]>();
  const tokens = tokenize(text);
  let first = 0;
  const close = (end: number): void => {
    const from = Math.max(first, end - MAX_RUN_WORDS);
    first = end;
    if (end - from < 2) return;
    const last = tokens[end - 1] as Token;
    // "… met Ivan Petrenko.": the sentence's period is no part of the name
    const word = last.dot ? last.text.slice(0, -1) : last.text;
    const run = { start: (tokens[from] as Token).start, end: last.start + word.length };
    const list = runs.get(word);
    if (list === undefined) runs.set(word, [run]);
    else list.push(run);
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const joined = k === first || (t.spaceBefore && !text.slice((tokens[k - 1] as Token).end, t.start).includes("\n"));
    if (!isCapitalizedWord(t)) {
      close(k);
      first = k + 1;
      continue;
    }
    if (!joined) close(k);
    // an initial or a title keeps the run going ("John F. Kennedy", "Sgt. Ivan Petrenko"); any other
    // word with a period ends a sentence, and the run with it
    if (t.dot && t.text.length > MAX_ABBREVIATION) close(k + 1);
  }
  close(tokens.length);
  return runs;
}
