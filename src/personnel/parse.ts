import { fail, mentionOf, ok, quote, SMALL_NUMBER_WORDS, type Mention, type ParseResult } from "../common/index.js";
import type { PersonDescription } from "./description.js";
import { describesSeveral, lendPluralDescriptions, type Group } from "./appositions.js";
import { CITIZEN_WORDS, scanDescription, type Part, type Scan } from "./scan.js";
import type { Token } from "./tokens.js";
import type { Alias, PlaceOfOrigin, Role } from "./schema.js";
import type { UnitDesignation } from "./unit-link.js";

type ScannedPart = Scan["parts"][number];

function describe(source: string, parts: readonly Part[]): PersonDescription {
  const aliases: Mention<Alias>[] = [];
  const nationalities: Mention<string>[] = [];
  const origins: Mention<PlaceOfOrigin>[] = [];
  const roles: Mention<Role>[] = [];
  // the single facts go straight into the description, in the order they come: copying them from an
  // object of their own after the loop (a spread) cost more than all the rest of describe
  const description: { -readonly [K in keyof PersonDescription]?: PersonDescription[K] } = {};
  for (const p of parts) {
    switch (p.kind) {
      case "alias": aliases.push(mentionOf(source, p.start, p.end, p.value)); break;
      case "nationality": nationalities.push(mentionOf(source, p.start, p.end, p.value)); break;
      case "origin": origins.push(mentionOf(source, p.start, p.end, p.value)); break;
      case "role": if (p.former !== true) roles.push(mentionOf(source, p.start, p.end, p.value)); break;
      case "name": description.name ??= mentionOf(source, p.start, p.end, p.value); break;
      case "age": description.age ??= mentionOf(source, p.start, p.end, p.value); break;
      case "rank": if (p.former !== true) description.rank ??= mentionOf(source, p.start, p.end, p.value); break;
      case "service": description.service ??= mentionOf(source, p.start, p.end, p.value); break;
      case "unit": description.unit ??= mentionOf(source, p.start, p.end, p.value); break;
    }
  }
  description.aliases = aliases;
  description.nationalities = nationalities;
  description.origins = origins;
  description.roles = roles;
  return description as PersonDescription;
}

/**
 * Reads how a report describes a person: name, aliases with their kind, age, nationalities,
 * places of origin, occupational roles, rank, armed service and unit, each with its span. Reads
 * the shapes reports use:
 *
 * - "Karl, a 53-year-old American combat medic"
 * - "Bjorn Kallsoy, known by his nom de guerre Viking" · "call sign 'Moses'"
 * - "Dane from the Faroe Islands, 45 years old" · "A native of El Salvador" · "Jamaica native"
 * - "Andrii Spivak, chief of staff of the 2nd Battalion" · "the president Volodymyr Zelenski"
 * - "Sgt. John Smith, 29, of Texas" · "Army Staff Sgt. Hilbert Caesar, 26"
 *
 * Ages: "45-year-old", "45 years old", "forty-five-year-old", "aged 45", and a bare number after a
 * name (", 45,", "(45)"). Nationality words come from the `world-countries` dataset; ranks from
 * the rank table; roles from the role table. Words it does not know are skipped.
 *
 * @param text - a description, or a sentence holding one.
 * @returns the description, or an error: `empty` (blank text), `no_match` (nothing describing a
 *   person), `out_of_range` (an age above 130), `ambiguous` (a nationality word such as
 *   "Dominican" that names two countries). Never throws.
 * @example
 * ```ts
 * import { parsePersonDescription } from "musterroll/personnel";
 * const r = parsePersonDescription("Karl, a 53-year-old American combat medic");
 * if (r.success) {
 *   r.data.name?.value;                       // "Karl"
 *   r.data.age?.value;                        // 53
 *   r.data.nationalities.map((n) => n.value); // ["US"]
 *   r.data.roles.map((m) => m.value);         // ["combat-medic"]
 *   r.data.age?.text;                         // "53-year-old"
 * }
 * ```
 */
export function parsePersonDescription(text: string): ParseResult<PersonDescription> {
  if (text.trim() === "") return fail("empty", "expected a person description, got an empty string", text, 0);
  const scan = scanDescription(text);
  const problem = scan.problems[0];
  if (problem !== undefined) return fail(problem.code, problem.message, text, problem.offset);
  if (scan.parts.length === 0) {
    return fail("no_match", `nothing in ${quote(text)} describes a person: expected a name, an age ("45-year-old"), a nationality, a role, a rank or an alias cue ("call sign")`, text, 0);
  }
  return ok(describe(text, scan.parts));
}

/**
 * Options of {@link findPersonDescriptions}.
 *
 * @example
 * ```ts
 * import { findUnitDesignations } from "musterroll/unit";
 * import { findPersonDescriptions, type FindPersonDescriptionsOptions } from "musterroll/personnel";
 * const text = "Andrii Spivak, chief of staff of the 2nd Battalion, spoke.";
 * const options: FindPersonDescriptionsOptions = { units: findUnitDesignations(text) };
 * findPersonDescriptions(text, options)[0]?.value.unit?.value.number; // 2
 * ```
 */
export interface FindPersonDescriptionsOptions {
  /**
   * The unit designations of the same text, as `findUnitDesignations(text)` returns them. When
   * given, "of the 2nd Battalion" is read from them instead of a second pass of the unit reader.
   */
  readonly units?: readonly Mention<UnitDesignation>[];
}

// What may stand between two parts of one description: "Karl, a 53-year-old …",
// "Bjorn Kallsoy, known by his nom de guerre …", "Smith (29)", "Mykola, 28, whose call sign is
// 'Kit'". Any other word ends it.
const GLUE = new Set([
  ",", "(", ")", "-", "—", "–", "a", "an", "the", "and", "of", "in", "with", "at", "known", "by", "his", "her", "their", "its", "as", "who", "whose",
  "is", "was", "also", "former", "retired", "now", "uses", "used", "using", "goes", "went", "under",
  // "an American who served as a combat medic", "who works as a driver"
  "serves", "served", "serving", "works", "worked", "working",
  // "who fought under the call sign …", "who fights as …"
  "fought", "fights", "fighting",
  // "a dual Ukrainian and Canadian national"
  "dual",
]);
const MAX_GAP = 6;
// "identified only as Tomasz", "named Mario Rivera", "who gave only his first name, Erik": words that
// introduce the name of the person just described (read only before a name, over a gap two words longer)
const NAMING_CUES = new Set(["named", "identified", "gave"]);
const NAMING_WORDS = new Set([...NAMING_CUES, "only", "first", "given", "name"]);
// "The commander named Ivan Petrov his deputy": a name with a complement after it is the verb's object
const COMPLEMENTS = new Set(["his", "her", "their", "its", "as", "the", "a", "an", "to"]);

// Past forms a head noun cannot be ("a Russian said from …"): most end in "ed", these do not.
const IRREGULAR_PASTS = new Set(["said", "told", "went", "came", "fled", "left", "took", "gave", "got", "made", "lost", "won", "fought", "saw"]);

/**
 * "a Russian defector from Belgorod", "A 47-year-old father of four from Mykolaiv, Serhiy Rudenko":
 * right after a nationality or an age, one lower-case word the tables do not know is the head
 * noun of the description (with "of" and a number word after it), not the end of it.
 */
function isHeadNoun(scan: Scan, head: number, k: number): boolean {
  const t = scan.tokens.get(k);
  if (t === undefined || !isModifier(t)) return false;
  if (k === head) return !t.lower.endsWith("ed") && !IRREGULAR_PASTS.has(t.lower) && !t.lower.endsWith("ly");
  return k === head + 2 && scan.tokens.get(k - 1)?.lower === "of" && SMALL_NUMBER_WORDS.has(t.lower) && isHeadNoun(scan, head, head);
}

/**
 * Whether the tokens between two parts end one description and start another. Before a role in
 * the singular, one lower-case word after "a"/"an" or right after the previous part modifies it
 * ("a 41-year-old truck driver", "an army medic") and does not break; a capitalised role is a
 * title, which no lower-case word modifies ("Sybiha met Prime Minister Denys Shmyhal").
 */
function breaksBetween(scan: Scan, from: number, to: number, beforeSingularRole: boolean, beforeName = false, afterAdjective = false): boolean {
  const tokens = scan.tokens;
  const title = beforeSingularRole && tokens.capitalizedAt(to);
  let naming = false;
  for (let k = from; beforeName && k < to && k < from + MAX_GAP + 2; k++) naming ||= NAMING_CUES.has(scan.tokens.get(k)?.lower ?? "");
  if (to - from > (naming ? MAX_GAP + 2 : MAX_GAP)) return true;
  let head = -1; // the first word of the gap that is no glue: the only one that may be a head noun
  for (let k = from; k < to; k++) {
    const t = scan.tokens.get(k);
    if (t === undefined || t.newline) return true;
    if (GLUE.has(t.lower) || (naming && NAMING_WORDS.has(t.lower)) || scan.unsettled[k] === 1) continue;
    if (head < 0) head = k;
    if (afterAdjective && isHeadNoun(scan, head, k)) continue;
    // "Syrskyi, Ukraine's commander-in-chief", "Petrov, the brigade's top commander", "Koval, the 3rd
    // Battalion's spokesman": the owner may be a unit's designation, its words capitalised
    const owner = beforeSingularRole && possessiveAhead(tokens, k, to);
    if (owner) continue;
    const article = (k === from && !title) || tokens.lowerIs(k - 1, "a") || tokens.lowerIs(k - 1, "an") || tokens.possessiveAt(k - 1);
    if (beforeSingularRole && k === to - 1 && isModifier(t) && article) continue;
    return true;
  }
  return tokens.newlineAt(to);
}

// How many words a possessive owner may run to before its role: "the 3rd Separate Assault Brigade's"
const OWNER_WORDS = 5;

/**
 * Whether token `k` is part of the owner of the role at `to`: the possessive itself, right before
 * the role or one lower-case word before it, or a capitalised word or number of a run that ends in
 * it ("3rd Battalion's").
 */
function possessiveAhead(tokens: Scan["tokens"], k: number, to: number): boolean {
  for (let p = k; p < to && p < k + OWNER_WORDS; p++) {
    if (tokens.possessiveAt(p)) return p === to - 1 || (p === to - 2 && tokens.lowerWordAt(p + 1));
    const t = tokens.get(p);
    if (t === undefined || !(tokens.capitalizedAt(p) || t.kind === "number" || /^\d/.test(t.text))) return false;
  }
  return false;
}

/** Whether the words between `last`, the last part of a group, and the next part end the description. */
function breaksBefore(scan: Scan, last: ScannedPart, part: ScannedPart): boolean {
  const singularRole = part.kind === "role" && !part.plural;
  // "identified only as Tomasz", and "identified by his call sign “Dzhmil”"
  const named = part.kind === "alias" || (part.kind === "name" && !COMPLEMENTS.has(scan.tokens.get(part.lastToken + 1)?.lower ?? ""));
  // after a nationality or an age, or a name's apposition ("Ivan Petrov, a father of two from …")
  const tokens = scan.tokens;
  const apposition = last.kind === "name" && tokens.textIs(last.lastToken + 1, ",") && (tokens.lowerIs(last.lastToken + 2, "a") || tokens.lowerIs(last.lastToken + 2, "an"));
  const afterAdjective = (last.kind === "nationality" || last.kind === "age" || apposition) && !singularRole;
  return breaksBetween(scan, last.lastToken + 1, part.firstToken, singularRole, named, afterAdjective);
}

const isModifier = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && t.text === t.lower;

/**
 * Where, in a group holding a name, the parts that introduce a second name begin: after the last
 * "and" that follows the name ("French President Emmanuel Macron and Polish President …").
 */
function nextPersonAt(scan: Scan, from: number, to: number): number {
  const parts = scan.parts;
  let name = from;
  while (name < to && (parts[name] as ScannedPart).kind !== "name") name++;
  if (name === to) return to;
  for (let j = to - 1; j > name; j--) {
    if (hasAnd(scan, (parts[j - 1] as ScannedPart).lastToken + 1, (parts[j] as ScannedPart).firstToken)) return j;
  }
  return to;
}

/** "and a", "and an", "and another" between two parts: a second person comes in. */
function andAnother(scan: Scan, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (scan.tokens.lowerIs(k, "and") && (scan.tokens.lowerIs(k + 1, "a") || scan.tokens.lowerIs(k + 1, "an") || scan.tokens.lowerIs(k + 1, "another"))) return true;
  }
  return false;
}

/** "a Ukrainian and a Canadian citizen": two nationalities sharing the noun after the second are one person's. */
function sharedCitizenship(scan: Scan, last: ScannedPart, part: ScannedPart): boolean {
  // the noun is the part's own last word when the scanner took it in ("a Canadian citizen, Ivan Petrov")
  const noun = (k: number): boolean => CITIZEN_WORDS.has(scan.tokens.get(k)?.lower ?? "");
  return last.kind === "nationality" && part.kind === "nationality" && (noun(part.lastToken) || noun(part.lastToken + 1));
}

function hasAnd(scan: Scan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (scan.tokens.lowerIs(k, "and")) return true;
  return false;
}

/**
 * A group of parts (its own, then those lent to it) that says enough to be a description on its
 * own. Asked of every group: one pass over the parts, which makes nothing.
 */
function isDescription(own: readonly Part[], lent: readonly Part[]): boolean {
  let name = -1;
  let unit = -1;
  let described = false;
  let nationality = false;
  let singularRole = false;
  for (let k = 0; k < own.length + lent.length; k++) {
    const p = (k < own.length ? own[k] : lent[k - own.length]) as Part;
    if (p.kind === "age" || p.kind === "alias" || p.kind === "rank") return true;
    if (p.kind === "name" && name < 0) name = k;
    if (p.kind === "unit" && unit < 0) unit = k;
    if (p.kind === "role" || p.kind === "nationality" || p.kind === "origin") described = true;
    if (p.kind === "nationality") nationality = true;
    if (p.kind === "role" && !p.plural) singularRole = true;
  }
  // a name and then the unit it serves in ("Karl joined the 2nd Battalion"); a name after a unit
  // is more often a place ("… 101st Airborne Division, Fort Campbell")
  if (name >= 0) return described || unit > name;
  // "Ukrainian soldiers" names a group, not a person
  return nationality && singularRole;
}

/** Whether a part of kind `kind` is among `parts[from]`…`parts[to - 1]`. */
function hasKind(parts: readonly ScannedPart[], from: number, to: number, kind: Part["kind"]): boolean {
  for (let k = from; k < to; k++) if ((parts[k] as ScannedPart).kind === kind) return true;
  return false;
}

/** The lent parts of a group nothing is lent to (most groups), shared. */
const NOTHING_LENT: readonly ScannedPart[] = [];

/**
 * Finds the person descriptions in running text ("… said Karl, a 53-year-old American combat
 * medic. Another volunteer, call sign 'Moses', …"). Parts are grouped while they are close
 * (a few words apart, same sentence, one name and one age per person); a group counts when it has
 * an age, an alias or a rank; a name with a role, nationality or origin, or followed by the unit
 * it serves in; or a nationality with a role in the singular ("a Ukrainian soldier", not
 * "Ukrainian soldiers", which names a group). Parts that would be errors for
 * {@link parsePersonDescription} (an age of 300, an ambiguous nationality) are left out.
 *
 * @param text - any text.
 * @param options - `units`: the designations of `text` already found with `findUnitDesignations`,
 *   so the unit reader does not run over the text a second time.
 * @returns the descriptions in text order, each spanning from its first to its last part. Never throws.
 * @example
 * ```ts
 * import { findPersonDescriptions } from "musterroll/personnel";
 * const found = findPersonDescriptions(
 *   "The unit lost Karl, a 53-year-old American combat medic. Bjorn Kallsoy, 45, survived.",
 * );
 * found.map((m) => m.text); // ["Karl, a 53-year-old American combat medic", "Bjorn Kallsoy, 45"]
 * ```
 */
export function findPersonDescriptions(text: string, options: FindPersonDescriptionsOptions = {}): Mention<PersonDescription>[] {
  const scan = scanDescription(text, options.units);
  const parts = scan.parts;
  const groups: Group[] = [];
  // the group being read is parts[from]…parts[k - 1]: a run of the scan's parts, copied out once
  // it is closed, at its length (most groups hold one part or two)
  let from = 0;
  const flush = (to: number) => {
    if (to > from) groups.push({ parts: parts.slice(from, to), lent: NOTHING_LENT });
    from = to;
  };
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as ScannedPart;
    // "Two Britons, John Smith, 40, and …": the counted nationality describes everyone listed, not the first name
    if (part.kind === "name" && describesSeveral(scan, parts, from, k)) flush(k);
    const last = k > from ? parts[k - 1] : undefined;
    const repeats = (part.kind === "name" || part.kind === "age") && hasKind(parts, from, k, part.kind);
    // parts further apart than any gap a description spans are never read together: the words
    // between them are not read (most parts of a report are that far apart)
    const far = last !== undefined && part.firstToken - (last.lastToken + 1) > MAX_GAP + 2;
    // "A 26-year-old Danish volunteer and Erik Berg", "a 31-year-old Canadian and a former British
    // paratrooper" are two people
    const joined = last !== undefined && !far && ((part.kind === "name" && !hasKind(parts, from, k, "name") && hasAnd(scan, last.lastToken + 1, part.firstToken)) || (andAnother(scan, last.lastToken + 1, part.firstToken) && !sharedCitizenship(scan, last, part)));
    if (last !== undefined && (far || joined || breaksBefore(scan, last, part))) flush(k);
    // "Sgt. Ivan Bondar and Cpl. Petro Melnyk": what follows the last "and" introduces the next name
    else if (repeats) flush(part.kind === "name" ? nextPersonAt(scan, from, k) : k);
    // a plural role closes a group ("Colombian medics and a French officer" are two descriptions)
    if (part.kind === "role" && part.plural && !hasKind(parts, from, k + 1, "name")) flush(k + 1);
  }
  flush(parts.length);
  lendPluralDescriptions(scan, groups);
  const found: Mention<PersonDescription>[] = [];
  for (const { parts: own, lent } of groups) {
    if (!isDescription(own, lent)) continue;
    const all = lent.length === 0 ? own : [...own, ...lent];
    // lent parts stand outside the person's own words, and so outside the description's span
    const start = own.reduce((m, p) => Math.min(m, p.start), Infinity);
    const end = own.reduce((m, p) => Math.max(m, p.end), 0);
    found.push(mentionOf(text, start, end, describe(text, all)));
  }
  return found;
}
