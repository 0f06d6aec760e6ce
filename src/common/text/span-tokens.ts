// Tokens whose strings are made only when read. The extraction finders walk every token of a
// report by its word class (one bit set per token), and read the text of the few near a candidate:
// making the strings of all the others was much of the tokenizer's cost there.
import { type Token } from "./tokenize.js";
import { CAPITAL, DOT, GROUPED, KIND_NAMES, lowerOf, NUMBER, PUNCT, scanTokens, SPACE_BEFORE, WIDE, WORD, type TokenSink } from "./scan-tokens.js";

/**
 * A {@link Token} that slices its text and lower-case form out of the source on first read, with
 * the same values tokenize gives.
 *
 * @example
 * ```ts
 * const [first] = readTokens("Dec. 31");
 * first.lower; // "dec" (sliced and lowered now)
 * ```
 */
export class SpanToken implements Token {
  // fields set in the constructor alone (declared, not defined), and as few as the values need:
  // the finders make one of these for every token of a report
  declare readonly source: string;
  /** The kind as a number (WORD, NUMBER, ORDINAL or PUNCT of scan-tokens), and its flags shifted two bits up. */
  declare readonly info: number;
  declare readonly start: number;
  declare readonly end: number;
  private declare textCache: string | undefined;
  private declare lowerCache: string | undefined;

  constructor(source: string, info: number, start: number, end: number) {
    this.source = source;
    this.info = info;
    this.start = start;
    this.end = end;
    this.textCache = undefined;
    this.lowerCache = undefined;
  }

  /** The kind as a number: WORD, NUMBER, ORDINAL or PUNCT of scan-tokens. */
  get code(): number {
    return this.info & 3;
  }

  /** The scan-tokens flags: SPACE_BEFORE, DOT, CAPITAL … */
  get flags(): number {
    return this.info >> 2;
  }

  get kind(): Token["kind"] {
    return KIND_NAMES[this.info & 3] as Token["kind"];
  }

  get dot(): boolean {
    return ((this.info >> 2) & DOT) !== 0;
  }

  get spaceBefore(): boolean {
    return ((this.info >> 2) & SPACE_BEFORE) !== 0;
  }

  get text(): string {
    return (this.textCache ??= this.source.slice(this.start, this.end));
  }

  get lower(): string {
    if (this.lowerCache === undefined) {
      const code = this.info & 3;
      const flags = this.info >> 2;
      // most tokens' lower-case form is their text: no second string then
      const same = code === PUNCT || (code === NUMBER && (flags & GROUPED) === 0) || (code === WORD && (flags & (DOT | CAPITAL | WIDE)) === 0);
      this.lowerCache = same ? this.text : lowerOf(this.source, code, this.start, this.end, flags);
    }
    return this.lowerCache;
  }
}

/** Makes each token of a scan a SpanToken. */
class SpanTokenList implements TokenSink {
  readonly tokens: SpanToken[] = [];
  constructor(private readonly text: string) {}

  push(kind: number, start: number, end: number, flags: number): void {
    this.tokens.push(new SpanToken(this.text, kind | (flags << 2), start, end));
  }
}

/**
 * The tokens of `text`, as tokenize finds them, with their strings made on first read.
 *
 * @example
 * ```ts
 * readTokens("about 20,000 troops").map((t) => t.lower); // ["about", "20000", "troops"]
 * ```
 */
export function readTokens(text: string): SpanToken[] {
  const list = new SpanTokenList(text);
  scanTokens(text, 0, text.length, list);
  return list.tokens;
}
