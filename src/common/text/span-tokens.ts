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
  readonly kind: Token["kind"];
  private textCache: string | undefined = undefined;
  private lowerCache: string | undefined = undefined;

  /**
   * @param source - the whole text.
   * @param code - the kind as a number (WORD, NUMBER, ORDINAL or PUNCT of scan-tokens).
   * @param flags - the scan-tokens flags (SPACE_BEFORE, DOT, CAPITAL …).
   */
  constructor(readonly source: string, readonly code: number, readonly start: number, readonly end: number, readonly flags: number) {
    this.kind = KIND_NAMES[code] as Token["kind"];
  }

  get dot(): boolean {
    return (this.flags & DOT) !== 0;
  }

  get spaceBefore(): boolean {
    return (this.flags & SPACE_BEFORE) !== 0;
  }

  get text(): string {
    return (this.textCache ??= this.source.slice(this.start, this.end));
  }

  get lower(): string {
    if (this.lowerCache === undefined) {
      const code = this.code;
      const flags = this.flags;
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
    this.tokens.push(new SpanToken(this.text, kind, start, end, flags));
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
