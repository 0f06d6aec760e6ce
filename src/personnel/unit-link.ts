// The one place the personnel domain touches the unit domain: reading "the 2nd Battalion" in
// "chief of staff of the 2nd Battalion" with the unit designation reader of src/unit/parse.ts.
import type { Mention } from "../common/index.js";
import type { TokenList } from "./tokens.js";
import { findUnitDesignations } from "../unit/parse.js";
import { UnitDesignationSchema, type UnitDesignation } from "../unit/schema.js";

export { UnitDesignationSchema, type UnitDesignation };

/**
 * The unit designations of a text, by start offset. The unit domain's prose reader runs once, on
 * first use, over the whole text (linear), so that each "of the …" costs a look-up, not a parse.
 */
export class UnitIndex {
  private found: readonly Mention<UnitDesignation>[] | undefined;
  private byStart: Map<number, Mention<UnitDesignation>> | undefined;
  private sized: readonly Mention<UnitDesignation>[] | undefined;

  /** `known`: the designations of `source` already found by `findUnitDesignations`, to reuse. */
  constructor(private readonly source: string, known?: readonly Mention<UnitDesignation>[]) {
    this.found = known;
  }

  private all(): readonly Mention<UnitDesignation>[] {
    this.found ??= findUnitDesignations(this.source);
    return this.found;
  }

  /** The designation starting exactly at `offset`, if any. */
  at(offset: number): Mention<UnitDesignation> | undefined {
    this.byStart ??= new Map(this.all().map((m) => [m.start, m] as const));
    return this.byStart.get(offset);
  }

  /**
   * 1 at each token of `tokens` (a token list of the same text) where a designation starts, 0
   * elsewhere: asked at most tokens a cue stands before, which then cost a byte's read each.
   */
  tokenStarts(tokens: TokenList): Uint8Array {
    const starts = new Uint8Array(tokens.length);
    for (const m of this.all()) {
      // the tokens come in text order: binary search for the one starting at the designation
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (tokens.startOf(mid) < m.start) lo = mid + 1;
        else hi = mid;
      }
      if (lo < tokens.length && tokens.startOf(lo) === m.start) starts[lo] = 1;
    }
    return starts;
  }

  /**
   * Whether `offset` falls inside a designation with a number or an echelon ("ОМБр" in "47 ОМБр",
   * "Anne" in 155th Brigade "Anne of Kyiv"): no person's name starts there. A designation that is
   * only a name ("National Guard …") may have run on into a person's title and name, so it does not
   * count. Binary search over the designations, which come in text order and do not overlap.
   */
  covers(offset: number): boolean {
    this.sized ??= this.all().filter((m) => m.value.number !== undefined || m.value.echelon !== undefined);
    const list = this.sized;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as Mention<UnitDesignation>).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const m = list[lo];
    return m !== undefined && m.start <= offset && offset < m.end;
  }
}
