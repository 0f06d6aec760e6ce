import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QuoteSchema } from "../../src/index.js";
import { CUE_VERBS, findQuotes } from "../../src/article/index.js";
import { expectLinear, repeatTo } from "../helpers/linear.js";

const one = (text: string) => {
  const quotes = findQuotes(text);
  expect(quotes).toHaveLength(1);
  const [q] = quotes;
  if (q === undefined) throw new Error("unreachable");
  expect(text.slice(q.start, q.end)).toBe(q.text);
  if (q.speakerStart !== undefined) expect(text.slice(q.speakerStart, q.speakerEnd)).toBe(q.speaker);
  return q;
};

describe("findQuotes: quote marks", () => {
  it.each([
    ["“", "”"],
    ["\"", "\""],
    ["«", "»"],
    ["« ", " »"],
    ["»", "«"],
    ["„", "“"],
    ["‘", "’"],
    ["‹", "›"],
  ])("pairs %s…%s and leaves the marks out of the text", (open, close) => {
    const q = one(`Mara Lind spoke. ${open}We held the bridge for a week,${close} she says.`);
    expect(q.text).toBe("We held the bridge for a week,");
    expect(q.speaker).toBe("Mara Lind");
  });

  it("keeps a quote that spans sentences whole", () => {
    const q = one("“We dig at night. We sleep by day. Nobody writes,” Oleh Berg says.");
    expect(q.text).toBe("We dig at night. We sleep by day. Nobody writes,");
    expect(q.speaker).toBe("Oleh Berg");
  });

  it("keeps a nested quote inside its outer quote", () => {
    const q = one("“He told us ‘load the trucks tonight’ and left,” Lena Dahl recalls.");
    expect(q.text).toBe("He told us ‘load the trucks tonight’ and left,");
    expect(q.speaker).toBe("Lena Dahl");
    const inner = one("Lena Dahl recalls: “He said “load the trucks” and left.”");
    expect(inner.text).toBe("He said “load the trucks” and left.");
  });

  it("runs a quote left open to the end of its paragraph, and not beyond", () => {
    const text = "“We sleep in a cold hangar. “Half the platoon is gone.”\n\nThe next paragraph has no quote.";
    const q = one(text);
    expect(q.text).toBe("We sleep in a cold hangar. “Half the platoon is gone.”");
  });

  it("splits paragraphs at blank lines of any white space, and only there", () => {
    const open = one("“We sleep in a cold hangar.\r\n \u00a0\t\r\nThe next paragraph has no quote.");
    expect(open.text).toBe("We sleep in a cold hangar.");
    expect(one("“We held\nthe bridge for a week,” Lena Dahl says.").speaker).toBe("Lena Dahl");
    const padded = one("\n\n \u00a0“Half the platoon is gone,” Lena Dahl says.  \n\n\n");
    expect(padded.text).toBe("Half the platoon is gone,");
    expect(findQuotes("\n \n\u00a0\n")).toEqual([]);
  });

  it("reads capitalised words as names by their letters, not by a copy: months, acronyms and digits are no names", () => {
    expect(one("Lena Dahl arrived. “We held the bridge for a week,” she says.").speaker).toBe("Lena Dahl");
    expect(one("Ölaf Berg arrived. “We held the bridge for a week,” he says.").speaker).toBe("Ölaf Berg");
    expect(one("In May Ivan Bondar arrived. “We held the bridge for a week,” he says.").speaker).toBe("Ivan Bondar");
    // a month, an acronym or a word with a digit ends no name, and a pronoun finds no one
    expect(one("NATO HQ arrived in June. “We held the bridge for a week,” he says.").speaker).toBeUndefined();
    expect(one("Unit B2 Alpha arrived. “We held the bridge for a week,” he says.").speaker).toBeUndefined();
  });

  it("does not take apostrophes for closing marks", () => {
    const q = one("‘It’s the commander’s call, and it doesn’t change,’ says Petro Novak.");
    expect(q.text).toBe("It’s the commander’s call, and it doesn’t change,");
    expect(q.speaker).toBe("Petro Novak");
  });

  it("leaves out one- and two-word scare quotes but keeps a short utterance", () => {
    expect(findQuotes("The company promised a “quiet sector” to newcomers.")).toEqual([]);
    expect(findQuotes("Officials call it “restructuring”.")).toEqual([]);
    expect(one("“Never,” Ines Moreno says.").text).toBe("Never,");
    expect(findQuotes("It was a “quiet sector”.", { minWords: 2 })).toHaveLength(1);
  });
});

describe("findQuotes: straight single quotes", () => {
  it("reads '…' where the closing mark cannot be an apostrophe", () => {
    const q = one("Mara Lind spoke to us. 'We held the bridge for a week,' she says.");
    expect([q.text, q.speaker]).toEqual(["We held the bridge for a week,", "Mara Lind"]);
    expect(findQuotes("He called it 'an incredible waste of resources'.").map((x) => x.text)).toEqual(["an incredible waste of resources"]);
    expect(findQuotes("Colonel Petrov said: 'It is over for us'\nThe next day came.").map((x) => x.text)).toEqual(["It is over for us"]);
  });

  it("takes apostrophes, possessives and elisions for no quote marks", () => {
    expect(findQuotes("The soldiers' barracks had no roof, and the men's guns didn't fire, he says.")).toEqual([]);
    expect(findQuotes("In the '90s they played rock 'n' roll: 'We were never paid for the work.'").map((x) => x.text)).toEqual(["We were never paid for the work."]);
    expect(findQuotes("'Rock 'em and stop them all,' he said of the men's guns.").map((x) => x.text)).toEqual(["Rock 'em and stop them all,"]);
    // an opener never closed makes no quotation, unlike “ which runs to the paragraph end
    expect(findQuotes("They said 'we will stay here for good and never leave")).toEqual([]);
  });

  it("leaves straight singles inside another quotation to it", () => {
    expect(findQuotes("“Double quote with 'inner single' words,” said Mara Lind.").map((x) => x.text)).toEqual(["Double quote with 'inner single' words,"]);
  });
});

describe("findQuotes: speakers", () => {
  it("reads attribution after the quote: name + cue, cue + name, pronoun + cue", () => {
    expect(one("“We were bilingual,” Andrii Koval explains.")).toMatchObject({ speaker: "Andrii Koval", cue: "explains", attribution: "named" });
    expect(one("“We were bilingual,” says Andrii Koval.")).toMatchObject({ speaker: "Andrii Koval", cue: "says", attribution: "named" });
    expect(one("“The transfer breaks the company”resume Viking.")).toMatchObject({ speaker: "Viking", cue: "resume", attribution: "named" });
  });

  it("reads a name and its apposition before the cue, and the name after a role and a comma", () => {
    for (const text of [
      "“We were alone,” Ivan Bondar, 33, said.", "“We were alone,” Ivan Bondar, a mortarman, said.",
      "“We were alone,” Capt. Ivan Bondar, the brigade's spokesman, told reporters.",
      "“We were alone,” said the brigade's spokesman, Ivan Bondar.", "“We were alone,” said a drone operator, Ivan Bondar, 33.",
      "“We were alone,” said the commander, Maj. Ivan Bondar.",
    ]) expect(one(text), text).toMatchObject({ speaker: "Ivan Bondar", attribution: "named" });
    // a role with no name after it stays the speaker; whom one tells is not
    expect(one("“We were alone,” said the commander, who asked not to be named.")).toMatchObject({ speaker: "the commander", attribution: "nominal" });
    expect(one("Ivan Petrov, 38, told Reuters: “We have nowhere to retreat.”")).toMatchObject({ speaker: "Ivan Petrov", attribution: "named" });
    // an apposition does not reach across a sentence
    expect(one("“We were alone,” Ivan Bondar. Then, later, said nothing.").speaker).toBeUndefined();
  });

  it("reads a name after titles such as Col. or Lt. Col., on either side of the cue", () => {
    expect(one("“The unit no longer exists,” said Col. Anna Kowalska, spokeswoman.")).toMatchObject({ speaker: "Anna Kowalska", cue: "said", attribution: "named" });
    expect(one("“We will hold,” Lt. Col. Ivan Petrov said.")).toMatchObject({ speaker: "Ivan Petrov", cue: "said", attribution: "named" });
    expect(one("“It is over,” the colonel said.")).toMatchObject({ speaker: "the colonel", attribution: "nominal" });
  });

  it("reads the name after an office or job title of several words", () => {
    expect(one("“It is a pause,” said Defence Minister Rustem Umerov.")).toMatchObject({ speaker: "Rustem Umerov", attribution: "named" });
    expect(one("“It is a pause,” Defence Minister Rustem Umerov said.")).toMatchObject({ speaker: "Rustem Umerov", attribution: "named" });
    expect(one("“It is a pause,” said Chief of the General Staff Anatoliy Barhylevych.")).toMatchObject({ speaker: "Anatoliy Barhylevych" });
    expect(one("“It is a pause,” Kremlin spokesman Dmitry Peskov told reporters.")).toMatchObject({ speaker: "Dmitry Peskov", cue: "told" });
    expect(one("“It is a pause,” NATO Secretary General Mark Rutte said.")).toMatchObject({ speaker: "Mark Rutte" });
    expect(one("“It is a pause,” Ukraine's top commander Oleksandr Syrskyi said.")).toMatchObject({ speaker: "Oleksandr Syrskyi" });
    expect(one("Ukrainian President Volodymyr Zelensky said: “We will not give up.”")).toMatchObject({ speaker: "Volodymyr Zelensky" });
    // a possessive owns the speaker; the titled name after the comma is the speaker
    expect(one("'We hold the line,' said Petrenko's commander, Maj. Ihor Bondar.")).toMatchObject({ speaker: "Ihor Bondar" });
    expect(one("“We hold the line,” said Petrenko's commander.").speaker).toBeUndefined();
    // a title with no name after it stays a nominal speaker
    expect(one("“We hold the line,” said the commander of the 47th Brigade.")).toMatchObject({ speaker: "the commander of the 47th Brigade", attribution: "nominal" });
  });

  it("reads 'according to' as attribution, on either side of the quote", () => {
    expect(one("According to Col. Yuriy Ihnat, “the Shaheds are flying lower now.”")).toMatchObject({ speaker: "Yuriy Ihnat", attribution: "named" });
    expect(one("“The enemy is regrouping,” according to Andriy Kovalenko, head of the centre.")).toMatchObject({ speaker: "Andriy Kovalenko", attribution: "named" });
    expect(one("“The enemy is regrouping,” according to the general staff.")).toMatchObject({ speaker: "the general staff", attribution: "nominal" });
    expect(one("According to reports, the troops “held the line there” for days.").speaker).toBeUndefined();
  });

  it("reads attribution before the quote", () => {
    expect(one("Koval explains: “The drone section will be split up.”")).toMatchObject({ speaker: "Koval", cue: "explains", kind: "direct" });
    expect(one("He came in 2024. Tomas Hale says, “tired of waiting at home”.")).toMatchObject({ speaker: "Tomas Hale", kind: "partial" });
    expect(one("Ruth Sato, deputy commander of the 3rd Company, calls the order “a reckless use of trained people”.")).toMatchObject({
      speaker: "Ruth Sato",
      cue: "calls",
      kind: "partial",
    });
  });

  it("reads a nominal speaker", () => {
    expect(one("“We sleep in a cold hangar with no heating,” summarizes the Norwegian medic.")).toMatchObject({
      speaker: "the Norwegian medic",
      attribution: "nominal",
    });
    expect(one("“Nobody has told us anything,” the spokeswoman said.")).toMatchObject({ speaker: "the spokeswoman", attribution: "nominal" });
  });

  it("ends a nominal speaker before a relative clause, and lets the next quote continue it", () => {
    const qs = findQuotes("“Before, you could not leave at all,” said a 36-year-old British volunteer who serves with the brigade. “Now at least there is a door.”");
    expect(qs.map((q) => [q.speaker, q.attribution])).toEqual([["a 36-year-old British volunteer", "nominal"], ["a 36-year-old British volunteer", "continuation"]]);
  });

  it("resolves a pronoun to the most recent person of matching reference", () => {
    const text = "Mara Lind commands the company. Oleh Berg joined in May. “We hold the line here,” she says.";
    const q = one(text);
    expect(q).toMatchObject({ attribution: "pronoun", cue: "says" });
    // Both names have unknown gender the first time, so "she" takes the most recent one…
    expect(q.speaker).toBe("Oleh Berg");
    // …but once "he" has been resolved to Oleh Berg, "she" skips him.
    const two = findQuotes(`Mara Lind commands the company. Oleh Berg joined in May. “We came in spring and stayed,” he says. “We hold the line here,” she adds.`);
    expect(two.map((x) => x.speaker)).toEqual(["Oleh Berg", "Mara Lind"]);
    const titled = findQuotes("Ms Koval met Mr Dahl in Kyiv. “The convoy never arrived there,” he says.");
    expect(titled[0]?.speaker).toBe("Dahl");
  });

  it("never takes a place, an organisation or a name in a quote as antecedent", () => {
    const text = "Anders Quist waits at a bus stop in Novyi Sad. The 3rd Company moved. “We were sent away without notice,” he says.";
    expect(one(text).speaker).toBe("Anders Quist");
    const inQuote = findQuotes("Karin Quist waited. “Jonas Dahl left us behind there,” she says. “Nobody came for three days,” he adds.");
    expect(inQuote[1]?.speaker).not.toBe("Jonas Dahl");
  });

  it("links a later surname to the person met before, sharing the gender, and names them in full", () => {
    const text =
      "Maren Holt counts her platoon. “We trained together for a year,” she says.\n\nTomas Ferreira disagrees. “The brigade needs infantry now,” he explains.\n\nHolt is not convinced. “Everything changes for us,” she insists.";
    const quotes = findQuotes(text);
    expect(quotes.map((q) => [q.speaker, q.attribution])).toEqual([
      ["Maren Holt", "pronoun"],
      ["Tomas Ferreira", "pronoun"],
      ["Maren Holt", "pronoun"],
    ]);
  });

  it("takes a gender from a noun beside the name, an age apposition for a person, and the source of 'according to' for an antecedent", () => {
    const speakers = (text: string) => findQuotes(text).map((q) => q.speaker);
    expect(speakers("Pieter, 41, a mechanic, fixed the truck. “It runs,” he said.")).toEqual(["Pieter"]);
    expect(speakers("Ivan Bondar, 33, smiled. His sister, Olena, 29, did not. “We were alone,” she said.")).toEqual(["Olena"]);
    // a single name after a kin noun is a person, with the noun's gender, though no age or appositive follows
    expect(speakers("Sam Ellis, 27, died. Price's sister, Hannah, said he was killed. “He knew the risks,” she said.")).toEqual(["Hannah"]);
    expect(speakers("Sam Ellis, 27, died. Price's brother, Tom, said so. “He knew,” he said.")).toEqual(["Tom"]);
    expect(speakers("Spokesman Ivan Petrov met Olena Shevchenko, a spokeswoman. “We agree,” he said.")).toEqual(["Ivan Petrov"]);
    expect(speakers("Olena Shevchenko, a spokeswoman for the brigade, met Ivan Petrov, a spokesman for the corps. “We agree,” she said.")).toEqual(["Olena Shevchenko"]);
    expect(speakers("According to Andriy Kovalenko, a 45-year-old platoon commander, the assault began at dawn. “They came in waves,” he said.")).toEqual(["Andriy Kovalenko"]);
    // a place after "to" is still no person
    expect(speakers("The convoy drove to Kyiv Oblast. “It was quiet,” he said.")).toEqual([undefined]);
  });

  it("takes a single name with an appositive as a person", () => {
    const text = "Pieter, a 41-year-old Dutch mechanic, is blunter. “We fix their trucks and nobody thanks us,” he states.";
    expect(one(text)).toMatchObject({ speaker: "Pieter", attribution: "pronoun", cue: "states" });
  });

  it("gives a cue with no subject the current speaker (elided)", () => {
    const quotes = findQuotes("“Every sergeant here speaks two languages,” Sofia Petrenko explains. “Now the drone teams go to storm units”regrets.");
    expect(quotes.map((q) => [q.speaker, q.attribution, q.cue])).toEqual([
      ["Sofia Petrenko", "named", "explains"],
      ["Sofia Petrenko", "elided", "regrets"],
    ]);
  });

  it("continues the previous speaker for an unattributed quote in the next paragraph", () => {
    const quotes = findQuotes("“We drive the convoys every night,” Luis Moreno states.\n\nHe lost his leave. “Nobody will sign up after this.”");
    expect(quotes[1]).toMatchObject({ speaker: "Luis Moreno", attribution: "continuation" });
    const broken = findQuotes("“We drive the convoys every night,” Luis Moreno states.\n\nPetro Novak disagreed.\n\n“Nobody will sign up after this.”");
    expect(broken[1]?.speaker).toBeUndefined();
  });

  it("gives a quote left open at a paragraph's end the speaker of its part in the next paragraph", () => {
    const speakers = (text: string) => findQuotes(text).map((q) => [q.text.slice(0, 12), q.speaker, q.attribution]);
    expect(speakers("“We held the line for months. Nobody came to help us.\n\n“Now they send us to assault units,” said Ivan Petrov, a volunteer.")).toEqual([
      ["We held the ", "Ivan Petrov", "continuation"], ["Now they sen", "Ivan Petrov", "named"],
    ]);
    // straight marks, a chain of open paragraphs, a pronoun in the last part
    expect(speakers('Ivan Petrov spoke to us.\n\n"We held the line for months.\n\n"We lost friends there.\n\n"Now they send us to assault units," he said.')).toEqual([
      ["We held the ", "Ivan Petrov", "continuation"], ["We lost frie", "Ivan Petrov", "continuation"], ["Now they sen", "Ivan Petrov", "pronoun"],
    ]);
    // the speaker span points at the name in the later part
    const text = "“We held the line for months.\n\n“Now they send us to assault units,” said Ivan Petrov.";
    const [first] = findQuotes(text);
    expect(QuoteSchema.safeParse(first).success).toBe(true);
    expect(text.slice(first?.speakerStart, first?.speakerEnd)).toBe("Ivan Petrov");
    for (const text of [
      // a closed quote, a paragraph of narration between, a next paragraph that opens with no quote mark
      "“We held the line for months.”\n\n“Now they send us to assault units,” said Ivan Petrov.",
      "“We held the line for months.\n\nThe brigade disagreed.\n\n“Now they send us to assault units,” said Ivan Petrov.",
      "“We held the line for months.\n\nThen, “now they send us to assault units,” said Ivan Petrov.",
    ]) expect(findQuotes(text)[0]?.speaker, text).toBeUndefined();
  });

  it("takes the person who opens a clause ending in a colon for the speaker", () => {
    expect(findQuotes("Col. Anna Kowalska was blunt: “We hold the line.”")[0]).toMatchObject({ speaker: "Anna Kowalska", attribution: "named" });
    expect(findQuotes("Anna Kowalska, 45, had one answer: “We hold the line.”")[0]?.speaker).toBe("Anna Kowalska");
    // a person further into the clause is not its subject
    expect(findQuotes("The order to Anna Kowalska was blunt: “Pack your bags.”")[0]?.speaker).toBeUndefined();
    expect(findQuotes("The order was blunt: “Pack your bags.”")[0]?.speaker).toBeUndefined();
  });

  it("leaves a quote with no cue and no earlier speaker unattributed", () => {
    const q = one("“The radios have been silent since Sunday.”");
    expect(q.speaker).toBeUndefined();
    expect(q.attribution).toBeUndefined();
  });

  it("knows the cue verbs of the issue in one table", () => {
    for (const verb of ["says", "said", "explains", "states", "adds", "regrets", "summarizes", "confesses", "recalls", "insists", "warns"]) {
      expect(CUE_VERBS.has(verb), verb).toBe(true);
    }
  });
});

describe("findQuotes: totality and time", () => {
  it("returns valid, slicing quotes for any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.array(fc.constantFrom("“", "”", "\"", "«", "»", "‘", "’", "„", "'", " ", "\n", "a", "He", "says", ",", ".", "Mara Lind")).map((a) => a.join(""))), (text) => {
        for (const q of findQuotes(text)) {
          expect(QuoteSchema.safeParse(q).success).toBe(true);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.speakerStart !== undefined) expect(text.slice(q.speakerStart, q.speakerEnd)).toBe(q.speaker);
        }
      }),
    );
  });

  it("runs in linear time on repeated quote marks", () => {
    expectLinear((n) => repeatTo("“", n), findQuotes);
    expectLinear((n) => repeatTo("\"a ", n), findQuotes);
    expectLinear((n) => repeatTo("“‘«„ ", n), (t) => findQuotes(t));
    expectLinear((n) => repeatTo("“We held,” he says. ", n), findQuotes);
    expectLinear((n) => repeatTo("“We held,” said Col. Lt. Gen. Maj. ", n), findQuotes);
    expectLinear((n) => repeatTo("“We held,” according to Chief of the General Staff, Col. ", n), findQuotes);
    expectLinear((n) => repeatTo("'a ", n), findQuotes);
    expectLinear((n) => repeatTo("'We held,' he says. ", n), findQuotes);
  });

  it("runs in linear time on many paragraphs with one quote, apostrophe or open quote each", () => {
    // each paragraph's search for marks stops at its own end, not at the next mark of the text
    expectLinear((n) => `${repeatTo("The unit held the line.\n\n", n)}“We held the bridge for a week,” Mara Lind says.`, findQuotes);
    expectLinear((n) => `${repeatTo("The unit held the line.\n\n", n)}'We held the bridge,' he said.`, findQuotes);
    expectLinear((n) => repeatTo("It's the soldiers' call.\n\n", n), findQuotes);
    expectLinear((n) => repeatTo("Ivan Bondar spoke. “We held the bridge,” he says. ", n), findQuotes);
  });

  it("runs in linear time on megabytes of newlines and on names without end", () => {
    expectLinear((n) => repeatTo("\n", n), findQuotes);
    expectLinear((n) => repeatTo("Mara Lind ", n), findQuotes);
  });
});
