const MAX_ENTRIES = 20_000;

/**
 * A word test remembered per word: a finder asks it of every token, and a text repeats its words,
 * so one map look-up replaces the several table look-ups the test makes. The memory is bounded
 * (forgotten when full), so no text can grow it without limit.
 */
export function rememberWords(test: (lower: string) => boolean): (lower: string) => boolean {
  const known = new Map<string, boolean>();
  return (lower) => {
    let answer = known.get(lower);
    if (answer === undefined) {
      answer = test(lower);
      if (known.size >= MAX_ENTRIES) known.clear();
      known.set(lower, answer);
    }
    return answer;
  };
}
