// The keys of units known by name alone, indexed so that finding the unit a name refers to costs
// the words of that name, not a pass over every unit the report has named.

/** The most words of a name whose smaller sub-names are looked up one by one (2^12 sets at most). */
const MAX_SUBSET_WORDS = 12;

/**
 * Name keys ("name:international legion territorial defense") by word and by word set. A name is
 * the same unit as a known one when either's words (two at least) are all among the other's:
 * "International Legion" and "International Legion for Territorial Defense".
 */
export class NameKeys {
  private readonly rank = new Map<string, number>();
  private readonly byWord = new Map<string, string[]>();
  private readonly bySet = new Map<string, string>();

  /** Records a key made from `words`, once. */
  add(key: string, words: readonly string[]): void {
    if (this.rank.has(key)) return;
    this.rank.set(key, this.rank.size);
    const unique = [...new Set(words)];
    for (const w of unique) {
      const list = this.byWord.get(w);
      if (list === undefined) this.byWord.set(w, [key]);
      else list.push(key);
    }
    const set = signature(unique);
    if (!this.bySet.has(set)) this.bySet.set(set, key);
  }

  /** The first key recorded whose words hold all of `words`, or lie all among them; two words at least. */
  find(words: readonly string[]): string | undefined {
    const unique = [...new Set(words)];
    let best: string | undefined;
    const consider = (key: string | undefined): void => {
      if (key !== undefined && (best === undefined || (this.rank.get(key) ?? 0) < (this.rank.get(best) ?? 0))) best = key;
    };
    if (words.length >= 2) {
      // a known name holding every word: look through the rarest word's keys only
      let rarest: string[] | undefined;
      for (const w of unique) {
        const list = this.byWord.get(w) ?? [];
        if (rarest === undefined || list.length < rarest.length) rarest = list;
      }
      for (const key of rarest ?? []) {
        const have = new Set(key.slice(5).split(" "));
        if (have.size >= unique.length && unique.every((w) => have.has(w))) consider(key);
      }
    }
    // a known name of two words or more, every one of them among these words
    if (unique.length >= 3 && unique.length <= MAX_SUBSET_WORDS) {
      const all = (1 << unique.length) - 1;
      for (let mask = 1; mask < all; mask++) {
        if (popcount(mask) < 2) continue;
        consider(this.bySet.get(signature(unique.filter((_, i) => (mask & (1 << i)) !== 0))));
      }
    }
    return best;
  }
}

const signature = (words: readonly string[]): string => [...words].sort().join(" ");

function popcount(n: number): number {
  let c = 0;
  for (let m = n; m !== 0; m &= m - 1) c++;
  return c;
}
