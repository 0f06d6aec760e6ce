import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/common/index.js";
import { shareDates } from "../../src/extract/cue-dates.js";
import { extractMentions } from "../../src/extract/index.js";
import { ESTABLISH_CUES, DISSOLVE_CUES } from "../../src/extract/vocabulary.js";

const share = (text: string) => {
  const tokens = tokenize(text);
  const cues = tokens.filter((t) => ESTABLISH_CUES.has(t.lower) || DISSOLVE_CUES.has(t.lower));
  const { units, dates } = extractMentions(text);
  const shared = shareDates(tokens, units, dates, cues);
  return { cues, shared, taken: cues.map((c) => [c.lower, shared.nearest(c)?.text]) };
};

describe("shareDates", () => {
  it("gives a date of a clause with a cue to that clause's nearest cue only", () => {
    expect(share("The battalion, formed in 2022, was disbanded this week.").taken).toEqual([["formed", "2022"], ["disbanded", undefined]]);
    expect(share("The unit created in 2015 was disbanded.").taken).toEqual([["created", "2015"], ["disbanded", undefined]]);
    expect(share("The 2nd Battalion was formed in 2022 and disbanded in 2024.").taken).toEqual([["formed", "2022"], ["disbanded", "2024"]]);
  });

  it("lends an opening date, or one alone between commas, to every cue without its own", () => {
    expect(share("In 2024 the 1st Battalion was formed and the 2nd Battalion disbanded.").taken).toEqual([["formed", "2024"], ["disbanded", "2024"]]);
    expect(share("The 2nd Battalion was, in 2023, disbanded.").taken).toEqual([["disbanded", "2023"]]);
    // a clause that says more than its date frames nothing
    expect(share("The 3rd Battalion fought in 2014 and was disbanded.").taken).toEqual([["disbanded", undefined]]);
  });

  it("lets 'Earlier' or 'Later' stand before an opening date, which still frames the sentence", () => {
    expect(share("Earlier in 2024, the 1st Battalion was formed and the 2nd Battalion disbanded.").taken).toEqual([["formed", "2024"], ["disbanded", "2024"]]);
    expect(share("Later in 2024 the 2nd Battalion was disbanded.").taken).toEqual([["disbanded", "2024"]]);
    // an adverb is no date: a clause with another verb still keeps its date from the cue
    expect(share("The 3rd Battalion fought later in 2014 and was disbanded.").taken).toEqual([["disbanded", undefined]]);
    expect(share("Earlier, the 2nd Battalion was disbanded.").taken).toEqual([["disbanded", undefined]]);
  });

  it("never throws and never gives one cue's own date to another", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("the 2nd Battalion", "formed", "disbanded", "in 2022", "on 3 May 2024", ",", "and", "fought", "In 2021"), { maxLength: 14 }), (words) => {
        const { cues, shared } = share(words.join(" "));
        const own = cues.map((c) => shared.servable(c));
        for (let i = 0; i < own.length; i++) {
          for (let k = i + 1; k < own.length; k++) {
            if (own[i] !== own[k]) for (const d of own[i] ?? []) expect(own[k]).not.toContain(d);
          }
        }
      }),
    );
  });
});
