// "the 3rd Battalion, part of the 47th Brigade, …", "the 3rd Battalion, which is part of the 47th
// Brigade", "The 3rd Battalion is part of the 47th Brigade": a unit said to be part of another is
// under it, as a chain ("the 3rd Battalion of the 47th Brigade") says.
import { ECHELON_TABLE } from "../unit/index.js";
import type { UnitDesignation } from "../unit/schema.js";
import type { WrittenUnit } from "./owner.js";
import { idOf, subordinate, type Context } from "./registry.js";
import { listEndingAt, ownsWhatFollows } from "./unit-lists.js";

// what stands between the unit and its parent: an apposition (", part of the", "(part of"), a
// relative clause (", which is now part of the") or a main clause (" is part of the"); never
// "was part of" or "became part of" (a past state, an event), nor "not part of"
const PART_OF = /^(?:\s*[,(]\s*(?:(?:which|that)\s+(?:is|are)\s+(?:now\s+|still\s+)?)?|\s+(?:is|are)\s+(?:now\s+|still\s+)?)(?:a\s+)?part\s+of\s+(?:the\s+)?$/i;
// the longest such link, so that no long stretch of text between two units is looked at
const MAX_LINK = 40;
// the units of a list before the link ("the 1st and 2nd Battalions, part of …") looked back at
const MAX_LIST = 12;

const rank = (d: UnitDesignation): number => (d.echelon === undefined ? 0 : ECHELON_TABLE[d.echelon].rank);

/**
 * Gives each unit the text says is part of the unit named right after it an organic subordination
 * edge, with every unit of a list before the link ("the 1st and 2nd Battalions, part of the 47th
 * Brigade"). A parent that owns what follows ("part of the 47th Brigade's reserve") or is no
 * larger than the child, when both echelons are known, gives none. One pass over the units.
 */
export function readPartOf(ctx: Context): void {
  const heads = ctx.order.filter((u) => u.parent !== true);
  for (let i = 0; i + 1 < heads.length; i++) {
    const child = heads[i] as WrittenUnit;
    const parent = heads[i + 1] as WrittenUnit;
    if (parent.start - child.end > MAX_LINK || !PART_OF.test(ctx.text.slice(child.end, parent.start)) || ownsWhatFollows(ctx.text, parent)) continue;
    for (const u of listEndingAt(ctx.text, heads.slice(Math.max(0, i + 1 - MAX_LIST), i + 1))) {
      const draft = ctx.units.get(u.key);
      if (draft === undefined || u.key === parent.key || (rank(u.designation) > 0 && rank(parent.designation) > 0 && rank(parent.designation) <= rank(u.designation))) continue;
      subordinate(ctx, draft, idOf(ctx, parent.key), u.start, parent.end);
    }
  }
}
