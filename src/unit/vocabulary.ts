// The words of unit designations, one table per concept. Every parser, formatter and the SIDC
// encoder reads these tables; nothing else in src/unit spells an echelon, a type or a qualifier.
// Cyrillic entries are stems: Ukrainian and Russian adjectives and nouns inflect, so "окрем" stands
// for окрема, окремий, окремої … (a stem matches a word that adds at most three letters to it).
import { SENTENCE_WORDS } from "../common/index.js";
import type { Echelon, Qualifier, UnitType } from "./schema.js";

/**
 * Echelons (unit sizes) from the smallest to the largest, then `unspecified`, in the order of
 * APP-6D / MIL-STD-2525D. The order of this list is the order of {@link ECHELON_TABLE} ranks.
 *
 * @example
 * ```ts
 * import { ECHELONS } from "musterroll/unit";
 * ECHELONS.indexOf("brigade") > ECHELONS.indexOf("battalion"); // true
 * ```
 */
export const ECHELONS = [
  "team", "squad", "section", "platoon", "company", "battalion", "regiment", "brigade",
  "division", "corps", "army", "army-group", "region", "command", "unspecified",
] as const;

/**
 * Unit types (what a unit does). Qualifiers such as Separate or Guards are not types; see
 * {@link QUALIFIERS}. The order is the order a designation writes them in ("Mountain Assault",
 * "Mechanized Infantry").
 *
 * @example
 * ```ts
 * import { UNIT_TYPES } from "musterroll/unit";
 * UNIT_TYPES.includes("territorial-defense"); // true
 * ```
 */
export const UNIT_TYPES = [
  "mountain", "mechanized", "motorized", "armored", "air-assault", "airborne", "assault", "marine",
  "infantry", "artillery", "air-defense", "engineer", "signal", "reconnaissance", "special-forces",
  "territorial-defense", "national-guard", "border-guard", "unmanned-systems", "medical",
  "logistics", "volunteer",
] as const;

/**
 * Qualifiers: words that describe a unit's status rather than its type. The order is the order a
 * designation writes them in ("Separate Guards … Brigade (Reserve)").
 *
 * @example
 * ```ts
 * import { QUALIFIERS } from "musterroll/unit";
 * QUALIFIERS.includes("guards"); // true
 * ```
 */
export const QUALIFIERS = ["separate", "guards", "operational", "training", "light", "heavy", "combined-arms", "reserve"] as const;


/**
 * One row of {@link ECHELON_TABLE}.
 *
 * @example
 * ```ts
 * import { ECHELON_TABLE, type EchelonEntry } from "musterroll/unit";
 * const bde: EchelonEntry = ECHELON_TABLE.brigade; // bde.sidc === "18", bde.letter === "H"
 * ```
 */
export interface EchelonEntry {
  /** Size order: team 1 … command 14; unspecified 0. */
  readonly rank: number;
  /** APP-6D / MIL-STD-2525D echelon amplifier (SIDC digits 9–10). */
  readonly sidc: string;
  /** MIL-STD-2525C echelon letter (SIDC character 12), "-" when unspecified. */
  readonly letter: string;
  /** The word the long style writes. */
  readonly long: string;
  /** The abbreviation the short style writes. */
  readonly short: string;
  /** Other English words for the same size (battery, troop, squadron, group …). */
  readonly words: readonly string[];
  /** Abbreviations read (a period after them is allowed). */
  readonly abbreviations: readonly string[];
  /** Plural abbreviations, read only to close a list of ordinals ("the 1st and 2nd BTGs"); "40 BTGs" counts. */
  readonly pluralAbbreviations?: readonly string[];
  /** Ukrainian and Russian stems (see the module note) and exact abbreviations. */
  readonly cyrillic: readonly string[];
}

/**
 * Every echelon with its SIDC codes (APP-6D / 2525D digits 11–18, 21–26; 2525C letters A–N) and
 * the words and abbreviations that name it in English, Ukrainian and Russian. Squadron is a
 * battalion and troop a company, as in 2525D; a battalion tactical group (BTG, БТГр) is a
 * battalion reinforced for a task, so a battalion.
 *
 * @example
 * ```ts
 * import { ECHELON_TABLE } from "musterroll/unit";
 * ECHELON_TABLE.battalion.sidc;   // "16"
 * ECHELON_TABLE.battalion.letter; // "F"
 * ECHELON_TABLE.battalion.short;  // "Bn"
 * ```
 */
export const ECHELON_TABLE: Readonly<Record<Echelon, EchelonEntry>> = {
  team: { rank: 1, sidc: "11", letter: "A", long: "Team", short: "Tm", words: ["crew"], abbreviations: ["tm"], cyrillic: ["екіпаж", "экипаж", "розрахун", "расчет", "расчёт"] },
  squad: { rank: 2, sidc: "12", letter: "B", long: "Squad", short: "Sqd", words: [], abbreviations: ["sqd"], cyrillic: ["відділенн", "отделени"] },
  section: { rank: 3, sidc: "13", letter: "C", long: "Section", short: "Sect", words: [], abbreviations: ["sect", "sec"], cyrillic: ["секці", "секци"] },
  platoon: { rank: 4, sidc: "14", letter: "D", long: "Platoon", short: "Plt", words: ["detachment"], abbreviations: ["plt", "pl", "det"], cyrillic: ["взвод", "взв"] },
  company: { rank: 5, sidc: "15", letter: "E", long: "Company", short: "Co", words: ["battery", "troop"], abbreviations: ["co", "coy", "cpy", "btry", "bty", "trp"], cyrillic: ["рот", "батаре", "сотн"] },
  battalion: {
    rank: 6, sidc: "16", letter: "F", long: "Battalion", short: "Bn", words: ["squadron", "battalion tactical group"],
    abbreviations: ["bn", "btn", "bat", "sqn", "sqdn", "btg"], pluralAbbreviations: ["btgs"],
    cyrillic: ["батальйон", "батальон", "дивізіон", "дивизион", "бн", "б-н", "бат", "батальйонн тактичн груп", "батальонн тактическ групп", "бтгр", "бтг"],
  },
  regiment: { rank: 7, sidc: "17", letter: "G", long: "Regiment", short: "Regt", words: ["group", "regimental combat team"], abbreviations: ["regt", "rgt", "reg", "grp", "gp", "rct"], cyrillic: ["полк"] },
  brigade: { rank: 8, sidc: "18", letter: "H", long: "Brigade", short: "Bde", words: ["brigade combat team"], abbreviations: ["bde", "brig", "bct"], cyrillic: ["бригад", "бр", "бриг"] },
  division: { rank: 9, sidc: "21", letter: "I", long: "Division", short: "Div", words: [], abbreviations: ["div"], cyrillic: ["дивізі", "дивизи", "див"] },
  corps: { rank: 10, sidc: "22", letter: "J", long: "Corps", short: "Corps", words: ["army corps", "marine expeditionary force"], abbreviations: ["mef"], cyrillic: ["корпус", "армійськ корпус", "армейск корпус"] },
  army: { rank: 11, sidc: "23", letter: "K", long: "Army", short: "Army", words: [], abbreviations: [], cyrillic: ["армі", "арми"] },
  "army-group": { rank: 12, sidc: "24", letter: "L", long: "Army Group", short: "AG", words: ["front", "group of forces", "grouping of forces", "group of troops"], abbreviations: ["ag"], cyrillic: ["фронт", "угрупованн", "группировк"] },
  region: { rank: 13, sidc: "25", letter: "M", long: "Region", short: "Rgn", words: ["theater", "theatre", "military district"], abbreviations: ["rgn", "md"], cyrillic: ["округ"] },
  command: { rank: 14, sidc: "26", letter: "N", long: "Command", short: "Cmd", words: [], abbreviations: ["cmd", "comd"], cyrillic: ["командуванн", "командовани"] },
  unspecified: { rank: 0, sidc: "00", letter: "-", long: "Unit", short: "Unit", words: ["formation"], abbreviations: [], cyrillic: ["частин", "част", "підрозділ", "подразделени", "з'єднанн", "соединени"] },
};

/**
 * One row of {@link UNIT_TYPE_TABLE} or {@link QUALIFIER_TABLE}.
 *
 * @example
 * ```ts
 * import { UNIT_TYPE_TABLE, type DesignationWordEntry } from "musterroll/unit";
 * const mech: DesignationWordEntry = UNIT_TYPE_TABLE.mechanized; // mech.short === "Mech"
 * ```
 */
export interface DesignationWordEntry {
  /** The word the long style writes. */
  readonly long: string;
  /** The abbreviation the short style writes. */
  readonly short: string;
  /** Other English spellings and words (Defence, Armoured, Tank …); may be several words. */
  readonly words: readonly string[];
  /** Abbreviations read (a period after them is allowed). */
  readonly abbreviations: readonly string[];
  /** Ukrainian and Russian stems and abbreviations; a space separates the words of a phrase. */
  readonly cyrillic: readonly string[];
  /** Whether the type is also a country's service, named with the country ("National Guard of Ukraine"). */
  readonly service?: boolean;
}

/**
 * Every unit type with its spellings: English words and variants (Defense/Defence, Armored/
 * Armoured/Tank), abbreviations (Mech, TDF, TD, Arty …) and Ukrainian/Russian stems.
 *
 * @example
 * ```ts
 * import { UNIT_TYPE_TABLE } from "musterroll/unit";
 * UNIT_TYPE_TABLE["territorial-defense"].abbreviations; // ["td", "tdf", "tro"]
 * ```
 */
export const UNIT_TYPE_TABLE: Readonly<Record<UnitType, DesignationWordEntry>> = {
  mountain: { long: "Mountain", short: "Mtn", words: [], abbreviations: ["mtn"], cyrillic: ["гірськ", "горн"] },
  mechanized: { long: "Mechanized", short: "Mech", words: ["mechanised"], abbreviations: ["mech", "mech'd", "mechd"], cyrillic: ["механізован", "механизированн", "механизирован"] },
  motorized: { long: "Motorized", short: "Mot", words: ["motorised"], abbreviations: ["mot", "mtz"], cyrillic: ["моторизован", "моторизованн"] },
  armored: { long: "Armored", short: "Armd", words: ["armoured", "armor", "armour", "tank"], abbreviations: ["armd", "arm", "tk"], cyrillic: ["танков", "бронетанков"] },
  "air-assault": { long: "Air Assault", short: "AASLT", words: ["air-assault", "airmobile", "air mobile", "air-mobile"], abbreviations: ["aaslt", "amb"], cyrillic: ["десантно-штурмов", "аеромобільн", "аэромобильн"] },
  airborne: { long: "Airborne", short: "Abn", words: ["parachute"], abbreviations: ["abn", "para", "vdv"], cyrillic: ["повітрянодесантн", "повітряно-десантн", "воздушно-десантн", "парашутно-десантн", "парашютно-десантн", "десантн"] },
  assault: { long: "Assault", short: "Aslt", words: ["storm"], abbreviations: ["aslt"], cyrillic: ["штурмов"] },
  marine: { long: "Marine", short: "Mar", words: ["naval infantry"], abbreviations: ["mar"], cyrillic: ["морськ піхот", "морск пехот", "морськ", "морск"] },
  infantry: { long: "Infantry", short: "Inf", words: ["rifle", "rifles"], abbreviations: ["inf"], cyrillic: ["піхотн", "пехотн", "піхот", "пехот", "стрілецьк", "стрелков"] },
  artillery: { long: "Artillery", short: "Arty", words: ["field artillery", "rocket artillery", "gun"], abbreviations: ["arty", "art", "fa"], cyrillic: ["артилерійськ", "артиллерийск", "артилері", "артиллери", "реактивн артилері", "реактивн артиллери"] },
  "air-defense": { long: "Air Defense", short: "AD", words: ["air defence", "air-defense", "air-defence", "anti-aircraft", "antiaircraft", "anti-aircraft missile", "antiaircraft missile", "air defense missile", "air defence missile", "surface-to-air", "surface-to-air missile"], abbreviations: ["ad", "ada"], cyrillic: ["зенітн ракетн", "зенитн ракетн", "зенітн", "зенитн", "ппо", "пво"] },
  engineer: { long: "Engineer", short: "Engr", words: ["engineers", "sapper", "combat engineer"], abbreviations: ["engr", "eng"], cyrillic: ["інженерн", "инженерн", "саперн", "інженерно-саперн", "инженерно-саперн"] },
  signal: { long: "Signal", short: "Sig", words: ["signals", "communications"], abbreviations: ["sig"], cyrillic: ["зв'язк", "связи"] },
  reconnaissance: { long: "Reconnaissance", short: "Recon", words: ["reconnaisance", "scout", "cavalry"], abbreviations: ["recon", "rcn", "recce", "cav"], cyrillic: ["розвідувальн", "розвідк", "разведывательн", "разведк"] },
  "special-forces": { long: "Special Forces", short: "SF", words: ["special operations", "special purpose", "spetsnaz"], abbreviations: ["sf", "sof", "spn"], cyrillic: ["спеціальн призначенн", "специальн назначени", "спецпризначенн", "спецназ", "ссо", "спн"] },
  "territorial-defense": { long: "Territorial Defense", short: "TD", words: ["territorial defence", "territorial defense forces", "territorial defence forces"], abbreviations: ["td", "tdf", "tro"], cyrillic: ["територіальн оборон", "территориальн оборон", "тероборон", "тро"], service: true },
  "national-guard": { long: "National Guard", short: "NG", words: [], abbreviations: ["ng", "ngu"], cyrillic: ["національн гварді", "национальн гварди", "нгу", "росгварди"], service: true },
  "border-guard": { long: "Border Guard", short: "BG", words: ["border guards", "border"], abbreviations: ["bg"], cyrillic: ["прикордонн", "пограничн", "дпсу"], service: true },
  "unmanned-systems": { long: "Unmanned Systems", short: "UxS", words: ["unmanned", "drone", "uav", "unmanned aerial systems"], abbreviations: ["uxs", "uas", "usf"], cyrillic: ["безпілотн систем", "безпілотн", "беспилотн", "сбс"] },
  medical: { long: "Medical", short: "Med", words: [], abbreviations: ["med"], cyrillic: ["медичн", "медицинск"] },
  logistics: { long: "Logistics", short: "Log", words: ["support", "sustainment", "supply"], abbreviations: ["log", "sust"], cyrillic: ["логістичн", "логистическ", "тилов", "матеріально-технічн", "материально-техническ"] },
  volunteer: { long: "Volunteer", short: "Vol", words: ["legion", "volunteers"], abbreviations: ["vol"], cyrillic: ["добровольч", "добровольческ", "легіон", "легион"] },
};

/**
 * One row of {@link QUALIFIER_TABLE}.
 *
 * @example
 * ```ts
 * import { QUALIFIER_TABLE, type QualifierEntry } from "musterroll/unit";
 * const reserve: QualifierEntry = QUALIFIER_TABLE.reserve; // reserve.after === true
 * ```
 */
export interface QualifierEntry extends DesignationWordEntry {
  /** Whether the long style writes it after the echelon, in parentheses. */
  readonly after: boolean;
}

/**
 * Every qualifier with its spellings. `Reserve` is written after the echelon in parentheses
 * ("3rd Separate Tank Brigade (Reserve)"); every qualifier may be read in either place.
 *
 * @example
 * ```ts
 * import { QUALIFIER_TABLE } from "musterroll/unit";
 * QUALIFIER_TABLE.separate.words; // ["independent"]
 * ```
 */
export const QUALIFIER_TABLE: Readonly<Record<Qualifier, QualifierEntry>> = {
  separate: { long: "Separate", short: "Sep", words: ["independent"], abbreviations: ["sep", "indep", "ind"], cyrillic: ["окрем", "отдельн"], after: false },
  guards: { long: "Guards", short: "Gds", words: ["guard"], abbreviations: ["gds", "gd"], cyrillic: ["гвардійськ", "гвардейск", "гв"], after: false },
  operational: { long: "Operational", short: "Op", words: [], abbreviations: ["op", "opnl"], cyrillic: ["оперативн"], after: false },
  training: { long: "Training", short: "Trg", words: [], abbreviations: ["trg"], cyrillic: ["навчальн", "учебн"], after: false },
  light: { long: "Light", short: "Lt", words: [], abbreviations: ["lt"], cyrillic: ["легк"], after: false },
  heavy: { long: "Heavy", short: "Hvy", words: [], abbreviations: ["hvy"], cyrillic: ["важк", "тяжел"], after: false },
  "combined-arms": { long: "Combined Arms", short: "CA", words: ["combined-arms"], abbreviations: ["ca"], cyrillic: ["загальновійськов", "общевойсков"], after: false },
  reserve: { long: "Reserve", short: "Res", words: ["reserves"], abbreviations: ["res"], cyrillic: ["резервн", "запасн"], after: true },
};

/**
 * One row of {@link COMPOUND_TABLE}.
 *
 * @example
 * ```ts
 * import { COMPOUND_TABLE, type CompoundEntry } from "musterroll/unit";
 * const e: CompoundEntry | undefined = COMPOUND_TABLE.find((c) => c.forms.includes("ОМБр"));
 * ```
 */
export interface CompoundEntry {
  /** The spellings, matched without regard to case. */
  readonly forms: readonly string[];
  /** Whether `forms` are stems that inflect (see the module note) rather than exact words. */
  readonly stems?: boolean;
  /** The echelon the word names, if any (мотопіхотна names none). */
  readonly echelon?: Echelon;
  /** The unit types it names, in table order. */
  readonly types: readonly UnitType[];
  /** The qualifiers it names. */
  readonly qualifiers: readonly Qualifier[];
}

/**
 * Words that carry several facts at once: the Ukrainian and Russian compound abbreviations
 * (ОМБр = окрема механізована бригада, separate mechanized brigade) and their Latin spellings
 * ("OMBr"), fused adjectives (мотопіхотна = motorized infantry) and their English "Motor Rifle"
 * ("Motor" alone is no type word: "Ford Motor Company"), the US Marine Corps plural ("5th
 * Marines", a regiment), and the abbreviations of English order-of-battle reporting ("20th CAA",
 * "1st GTA", "3rd AC", "144th MRD").
 *
 * @example
 * ```ts
 * import { COMPOUND_TABLE } from "musterroll/unit";
 * COMPOUND_TABLE.find((c) => c.forms.includes("ОШБр"))?.types; // ["assault"]
 * ```
 */
export const COMPOUND_TABLE: readonly CompoundEntry[] = [
  { forms: ["ОМБр"], echelon: "brigade", types: ["mechanized"], qualifiers: ["separate"] },
  { forms: ["ОМПБр"], echelon: "brigade", types: ["motorized", "infantry"], qualifiers: ["separate"] },
  { forms: ["ОШБр"], echelon: "brigade", types: ["assault"], qualifiers: ["separate"] },
  { forms: ["ОГШБр"], echelon: "brigade", types: ["mountain", "assault"], qualifiers: ["separate"] },
  { forms: ["ОТБр"], echelon: "brigade", types: ["armored"], qualifiers: ["separate"] },
  { forms: ["ОАБр"], echelon: "brigade", types: ["artillery"], qualifiers: ["separate"] },
  { forms: ["ОДШБр"], echelon: "brigade", types: ["air-assault"], qualifiers: ["separate"] },
  { forms: ["ДШБр"], echelon: "brigade", types: ["air-assault"], qualifiers: [] },
  { forms: ["ОАеМБр"], echelon: "brigade", types: ["air-assault"], qualifiers: ["separate"] },
  { forms: ["ОПДБр"], echelon: "brigade", types: ["airborne"], qualifiers: ["separate"] },
  { forms: ["ОБрМП"], echelon: "brigade", types: ["marine"], qualifiers: ["separate"] },
  { forms: ["ОБрТрО"], echelon: "brigade", types: ["territorial-defense"], qualifiers: ["separate"] },
  { forms: ["ОПБр"], echelon: "brigade", types: ["infantry"], qualifiers: ["separate"] },
  { forms: ["ОБрСпП", "ОБрСпН"], echelon: "brigade", types: ["special-forces"], qualifiers: ["separate"] },
  { forms: ["ОШП"], echelon: "regiment", types: ["assault"], qualifiers: ["separate"] },
  { forms: ["ОШБ"], echelon: "battalion", types: ["assault"], qualifiers: ["separate"] },
  { forms: ["ОМСБр"], echelon: "brigade", types: ["motorized", "infantry"], qualifiers: ["separate"] },
  { forms: ["МСД"], echelon: "division", types: ["motorized", "infantry"], qualifiers: [] },
  { forms: ["МСП"], echelon: "regiment", types: ["motorized", "infantry"], qualifiers: [] },
  { forms: ["МСБр"], echelon: "brigade", types: ["motorized", "infantry"], qualifiers: [] },
  { forms: ["ТД"], echelon: "division", types: ["armored"], qualifiers: [] },
  { forms: ["ТП"], echelon: "regiment", types: ["armored"], qualifiers: [] },
  { forms: ["ВДД"], echelon: "division", types: ["airborne"], qualifiers: [] },
  { forms: ["ДШД"], echelon: "division", types: ["air-assault"], qualifiers: [] },
  { forms: ["ДШП"], echelon: "regiment", types: ["air-assault"], qualifiers: [] },
  { forms: ["ПДП"], echelon: "regiment", types: ["airborne"], qualifiers: [] },
  { forms: ["ГвМСД"], echelon: "division", types: ["motorized", "infantry"], qualifiers: ["guards"] },
  { forms: ["ГвТД"], echelon: "division", types: ["armored"], qualifiers: ["guards"] },
  { forms: ["ЗРП"], echelon: "regiment", types: ["air-defense"], qualifiers: [] },
  { forms: ["ЗРБр"], echelon: "brigade", types: ["air-defense"], qualifiers: [] },
  { forms: ["мотопіхотн", "мотострілецьк", "мотострелков"], stems: true, types: ["motorized", "infantry"], qualifiers: [] },
  { forms: ["Motor Rifle", "Motor Infantry"], types: ["motorized", "infantry"], qualifiers: [] },
  { forms: ["легкопіхотн", "легкопехотн"], stems: true, types: ["infantry"], qualifiers: ["light"] },
  { forms: ["гірсько-штурмов", "горно-штурмов"], stems: true, types: ["mountain", "assault"], qualifiers: [] },
  { forms: ["Marines"], echelon: "regiment", types: ["marine"], qualifiers: [] },
  // the abbreviations of English-language order-of-battle reporting (ISW and others): "20th CAA",
  // "1st GTA", "3rd AC", "144th MRD"; and Latin transliterations of the Ukrainian ones ("47th OMBr")
  { forms: ["CAA"], echelon: "army", types: [], qualifiers: ["combined-arms"] },
  { forms: ["GTA"], echelon: "army", types: ["armored"], qualifiers: ["guards"] },
  { forms: ["AC"], echelon: "corps", types: [], qualifiers: [] },
  { forms: ["MRD"], echelon: "division", types: ["motorized", "infantry"], qualifiers: [] },
  { forms: ["GMRD"], echelon: "division", types: ["motorized", "infantry"], qualifiers: ["guards"] },
  { forms: ["MRR"], echelon: "regiment", types: ["motorized", "infantry"], qualifiers: [] },
  { forms: ["MRB", "MRBr"], echelon: "brigade", types: ["motorized", "infantry"], qualifiers: [] },
  { forms: ["OMBr"], echelon: "brigade", types: ["mechanized"], qualifiers: ["separate"] },
  { forms: ["OShBr"], echelon: "brigade", types: ["assault"], qualifiers: ["separate"] },
  { forms: ["ODShBr"], echelon: "brigade", types: ["air-assault"], qualifiers: ["separate"] },
];

/**
 * Words that may join the words of a unit's proper name ("International Legion *for* Territorial
 * Defense"): read as part of a name only between two capitalized words.
 *
 * @example
 * ```ts
 * import { NAME_CONNECTORS } from "musterroll/unit";
 * NAME_CONNECTORS.has("for"); // true
 * ```
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(["for", "and", "de", "da", "di", "del", "von", "van", "&"]);

/**
 * Capitalized English words that begin sentences but never a unit's name; the prose scanner does
 * not read them as name words. The shared {@link SENTENCE_WORDS} and the possessives "Ukraine's"
 * and "Russia's", which stand before unit names without being part of them. Demonyms may be part
 * of a name ("Russian Volunteer Corps", "Georgian Legion").
 *
 * @example
 * ```ts
 * import { NOT_NAME_WORDS } from "musterroll/unit";
 * NOT_NAME_WORDS.has("the"); // true
 * ```
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...SENTENCE_WORDS, "ukraine's", "russia's"]);

/**
 * Names written after the echelon rather than before it: the compass points of commands and
 * ("Operational Command West", "Оперативне командування Південь").
 *
 * @example
 * ```ts
 * import { NAMES_AFTER_ECHELON } from "musterroll/unit";
 * NAMES_AFTER_ECHELON.has("west"); // true
 * ```
 */
export const NAMES_AFTER_ECHELON: ReadonlySet<string> = new Set([
  "north", "south", "east", "west", "centre", "center", "northeast", "northwest", "southeast", "southwest",
  "північ", "південь", "схід", "захід", "центр", "север", "юг", "восток", "запад",
]);

/**
 * The words of the NATO and the older Allied spelling alphabets, which letter sub-units ("Bravo
 * Company") and name some armed bodies ("Alpha Group").
 *
 * @example
 * ```ts
 * import { SPELLING_ALPHABET } from "musterroll/unit";
 * SPELLING_ALPHABET.has("bravo"); // true
 * ```
 */
export const SPELLING_ALPHABET: ReadonlySet<string> = new Set([
  "alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "juliett", "kilo", "lima",
  "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "x-ray", "yankee", "zulu",
  "able", "baker", "dog", "easy", "fox", "george", "how", "item", "jig", "king", "love", "nan", "oboe", "peter", "queen", "roger",
  "sugar", "tare", "uncle", "william", "yoke", "zebra",
]);

/**
 * Nouns for the ground a unit holds rather than the unit or its people: after a possessive ("the
 * 47th Brigade's sector", "the battalion's positions") they name a place, so someone who "fought
 * in the 47th Brigade's sector" is not thereby of the brigade.
 *
 * @example
 * ```ts
 * import { UNIT_GROUND_WORDS } from "musterroll/unit";
 * UNIT_GROUND_WORDS.has("sector"); // true
 * ```
 */
export const UNIT_GROUND_WORDS: ReadonlySet<string> = new Set([
  "sector", "sectors", "area", "areas", "zone", "zones", "position", "positions", "line", "lines", "front", "flank", "flanks",
  "territory", "trenches", "base", "bases", "headquarters", "hq", "rear", "perimeter", "section",
]);

/**
 * One row of {@link CIVIL_BODY_NAMES}.
 *
 * @example
 * ```ts
 * import { CIVIL_BODY_NAMES, type CivilBodyEntry } from "musterroll/unit";
 * const corps: CivilBodyEntry | undefined = CIVIL_BODY_NAMES.get("corps"); // corps.echelon === "corps"
 * ```
 */
export interface CivilBodyEntry {
  /** The echelon the word is read as ("Group" is a regiment word). */
  readonly echelon: Echelon;
  /** The last word of a name that makes it a civilian body, or `"any"` when every name does. */
  readonly names: ReadonlySet<string> | "any";
  /**
   * Whether a country (a demonym in the name, "Russia's" before it) makes such a body an armed one,
   * as it does a group, an army or a corps ("the Russian Wagner Group", "the Free Syrian Army");
   * `false` for companies, which every country's firms are ("the Dutch East India Company").
   * Unset means `true`.
   */
  readonly byCountry?: boolean;
}

/**
 * Echelon words that firms, charities and civil agencies also carry, keyed by the word: a bare name
 * before "Group" or "Company" is a firm's ("Thales Group", "the Coca-Cola Company"), unless it is a
 * letter, a word of a spelling alphabet ("Alpha Group", "Easy Company") or a sub-unit's task
 * ({@link TASK_NAMES}: "Weapons Company"); before "Army" and "Corps" only
 * the words of charities and agencies are ("Salvation Army", "Peace Corps", "Press Corps"), since
 * armed bodies carry the others ("Red Army", "Free Syrian Army"). In running text such a name is no
 * unit unless a number, a designation word, a quoted name, a chain of units or, but for a company,
 * a country (a demonym in the name, "Russia's" before it) says it is an armed one.
 *
 * @example
 * ```ts
 * import { CIVIL_BODY_NAMES } from "musterroll/unit";
 * CIVIL_BODY_NAMES.get("group")?.names; // "any"
 * ```
 */
export const CIVIL_BODY_NAMES: ReadonlyMap<string, CivilBodyEntry> = new Map<string, CivilBodyEntry>([
  ["group", { echelon: "regiment", names: "any" }],
  ["army", { echelon: "army", names: new Set(["salvation", "church", "youth"]) }],
  ["corps", { echelon: "corps", names: new Set(["peace", "press", "diplomatic", "job", "mercy", "conservation", "youth"]) }],
  ["company", { echelon: "company", names: "any", byCountry: false }],
]);

/**
 * Words that name a sub-unit by its task rather than by a type of unit (types are in
 * {@link UNIT_TYPE_TABLE}: "Tank Company", "Signal Company"): "Headquarters Company", "Weapons
 * Company", "Service Battery", "Military Police Company". A bare name made of them before an
 * echelon word that firms also carry (see {@link CIVIL_BODY_NAMES}) names a unit, not a firm.
 *
 * @example
 * ```ts
 * import { TASK_NAMES } from "musterroll/unit";
 * TASK_NAMES.has("weapons"); // true
 * ```
 */
export const TASK_NAMES: ReadonlySet<string> = new Set([
  "headquarters", "hq", "weapons", "service", "services", "maintenance", "transport", "transportation", "mortar", "mortars",
  "chemical", "ordnance", "quartermaster", "intelligence", "military", "police", "sniper", "pioneer", "pioneers",
]);

/**
 * British unit words written after a bare number, with the largest number read before each: "40
 * Commando" (a Royal Marines commando), "2 PARA" (a battalion of the Parachute Regiment), "1 Royal
 * Irish" ("Royal" and a demonym: a battalion of that regiment). Newspapers spell out counts up to
 * nine and write counted nouns in the plural ("40 commandos", "3 Para soldiers"), so a capitalized
 * singular word after the number names a unit; "PARA" and "Royal" only after one to nine.
 *
 * @example
 * ```ts
 * import { NUMBER_FIRST_UNIT_WORDS } from "musterroll/unit";
 * NUMBER_FIRST_UNIT_WORDS.get("commando"); // 99
 * ```
 */
export const NUMBER_FIRST_UNIT_WORDS: ReadonlyMap<string, number> = new Map([["commando", 99], ["para", 9], ["royal", 9]]);

/**
 * Words that end the name of a naval formation, which has no echelon of the land table: "Pacific
 * Fleet", "Black Sea Fleet", "Caspian Flotilla". In running text such a name is read only as the
 * parent or owner of a unit ("155th Naval Infantry Brigade of the Pacific Fleet"); alone it may be
 * anything ("the shadow Fleet" of tankers).
 *
 * @example
 * ```ts
 * import { FLEET_WORDS } from "musterroll/unit";
 * FLEET_WORDS.has("fleet"); // true
 * ```
 */
export const FLEET_WORDS: ReadonlySet<string> = new Set(["fleet", "flotilla"]);
