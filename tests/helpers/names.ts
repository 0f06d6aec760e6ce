const SYLLABLES = ["ka", "lo", "mi", "ne", "ro", "ta", "vu", "zi", "po", "se"];

/** A made-up capitalised word, different for every `i` ("Ka", "Lo", …, "Kalo"): names without end for size tests. */
export function madeUpWord(i: number): string {
  let s = "";
  for (let n = i; ; n = Math.floor(n / 10)) {
    s += SYLLABLES[n % 10];
    if (n < 10) return s.charAt(0).toUpperCase() + s.slice(1);
  }
}
