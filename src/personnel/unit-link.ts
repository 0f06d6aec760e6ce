// The one place the personnel domain touches the unit domain: reading "the 2nd Battalion" in
// "chief of staff of the 2nd Battalion" with the unit designation reader of src/unit/parse.ts.
import type { Mention } from "../common/index.js";
import { findUnitDesignations } from "../unit/parse.js";
import { UnitDesignationSchema, type UnitDesignation } from "../unit/schema.js";

export { UnitDesignationSchema, type UnitDesignation };

/**
 * The unit designations of a text, by start offset. The unit domain's prose reader runs once, on
 * first use, over the whole text (linear), so that each "of the …" costs a look-up, not a parse.
 */
export class UnitIndex {
  private byStart: Map<number, Mention<UnitDesignation>> | undefined;

  /** `known`: the designations of `source` already found by `findUnitDesignations`, to reuse. */
  constructor(private readonly source: string, known?: readonly Mention<UnitDesignation>[]) {
    if (known !== undefined) this.byStart = new Map(known.map((m) => [m.start, m] as const));
  }

  /** The designation starting exactly at `offset`, if any. */
  at(offset: number): Mention<UnitDesignation> | undefined {
    this.byStart ??= new Map(findUnitDesignations(this.source).map((m) => [m.start, m] as const));
    return this.byStart.get(offset);
  }
}
