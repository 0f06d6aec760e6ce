// The personnel vocabulary tables: one table per concept (roles, ranks, armed services, alias
// cues). Every parser and formatter of the personnel domain reads these and nothing else.

// Role id → words; the table behind ROLE_WORDS.
const ROLE_TABLE = {
  "combat-medic": ["combat medic", "combat medics"],
  medic: ["medic", "medics", "paramedic", "paramedics", "field medic"],
  "drone-operator": ["drone operator", "drone operators", "drone pilot", "drone pilots", "UAV operator"],
  "chief-of-staff": ["chief of staff", "chiefs of staff"],
  commander: [
    "commander", "commanders", "commanding officer", "unit commander", "squad commander", "squad leader",
    "platoon commander", "platoon commanders", "platoon leader", "company commander", "company commanders",
    "battalion commander", "battalion commanders", "brigade commander", "brigade commanders", "regiment commander",
    "regimental commander",
  ],
  "deputy-commander": ["deputy commander", "deputy commanders", "deputy battalion commander", "deputy brigade commander"],
  instructor: ["instructor", "instructors", "trainer", "trainers", "military instructor"],
  volunteer: ["volunteer", "volunteers", "foreign volunteer", "foreign volunteers"],
  fighter: ["fighter", "fighters", "foreign fighter", "foreign fighters"],
  soldier: [
    "soldier", "soldiers", "serviceman", "servicemen", "servicewoman", "service member", "infantryman", "infantrymen", "rifleman", "paratrooper", "paratroopers",
    "conscript", "conscripts", "recruit", "recruits", "reservist", "reservists",
    // a member of a marine corps ("a former Marine from Ohio", "a Royal Marine")
    "marine", "marines", "royal marine", "royal marines",
  ],
  mercenary: ["mercenary", "mercenaries"],
  officer: ["officer", "officers"],
  sniper: ["sniper", "snipers"],
  gunner: ["gunner", "gunners", "machine gunner", "machine gunners"],
  "artillery-crew": ["artilleryman", "artillerymen", "artillery gunner"],
  mortarman: ["mortarman", "mortarmen", "mortar crew"],
  "tank-crew": ["tank crewman", "tank driver", "tank commander"],
  driver: ["driver", "drivers"],
  mechanic: ["mechanic", "mechanics"],
  sapper: ["sapper", "sappers", "combat engineer", "combat engineers", "deminer", "deminers"],
  scout: ["scout", "scouts", "reconnaissance soldier", "recon soldier"],
  pilot: ["pilot", "pilots", "fighter pilot", "helicopter pilot"],
  "radio-operator": ["radio operator", "radio operators", "signaller", "signalman"],
  doctor: ["doctor", "doctors", "surgeon", "surgeons", "military doctor"],
  nurse: ["nurse", "nurses"],
  interpreter: ["interpreter", "interpreters", "translator", "translators"],
  spokesperson: ["spokesperson", "spokesman", "spokeswoman", "press officer"],
  chaplain: ["chaplain", "chaplains"],
  recruiter: ["recruiter", "recruiters"],
  cook: ["cook", "cooks"],
  // a former soldier: reports on foreign volunteers lead with prior service ("a US Army veteran")
  veteran: ["veteran", "veterans", "military veteran", "military veterans", "combat veteran", "combat veterans", "war veteran", "war veterans"],
  // civilians that reports on foreign nationals in a war name beside soldiers
  "aid-worker": ["aid worker", "aid workers", "humanitarian worker", "humanitarian workers"],
  journalist: ["journalist", "journalists", "war correspondent", "war correspondents", "photojournalist", "photojournalists"],
  president: ["president"],
  "defence-minister": [
    "defence minister", "defense minister", "minister of defence", "minister of defense", "defense secretary", "defence secretary",
    "secretary of defense",
  ],
  "foreign-minister": ["foreign minister", "minister of foreign affairs", "foreign affairs minister", "foreign secretary"],
  "prime-minister": ["prime minister"],
  "commander-in-chief": ["commander-in-chief", "commander in chief"],
} as const satisfies Record<RoleId, readonly string[]>;

/**
 * A role id: a key of {@link ROLE_WORDS}.
 *
 * @example
 * ```ts
 * import type { RoleId } from "musterroll/personnel";
 * const role: RoleId = "drone-operator";
 * ```
 */
export type RoleId =
  "combat-medic" | "medic" | "drone-operator" | "chief-of-staff" | "commander" | "deputy-commander"
  | "instructor" | "volunteer" | "fighter" | "soldier" | "mercenary" | "officer" | "sniper"
  | "gunner" | "artillery-crew" | "mortarman" | "tank-crew" | "driver" | "mechanic" | "sapper"
  | "scout" | "pilot" | "radio-operator" | "doctor" | "nurse" | "interpreter" | "spokesperson"
  | "chaplain" | "recruiter" | "cook" | "veteran" | "aid-worker" | "journalist" | "president" | "defence-minister" | "foreign-minister"
  | "prime-minister" | "commander-in-chief";

/**
 * The occupational roles musterroll recognises: id → the words reports use for it. The first
 * word is the one describePerson writes.
 *
 * @example
 * ```ts
 * import { ROLE_WORDS } from "musterroll/personnel";
 * ROLE_WORDS["combat-medic"]; // ["combat medic", "combat medics"]
 * ```
 */
export const ROLE_WORDS: Readonly<Record<RoleId, readonly string[]>> = ROLE_TABLE;

/**
 * One row of {@link RANKS}.
 *
 * @example
 * ```ts
 * import { RANKS, type RankEntry } from "musterroll/personnel";
 * const sergeant: RankEntry = RANKS.sergeant;
 * sergeant.abbreviations; // ["Sgt.", "SGT"]
 * ```
 */
export interface RankEntry {
  /** Full English title, as describePerson writes it. */
  readonly title: string;
  /** Abbreviations as US newsrooms (AP style) and services write them. */
  readonly abbreviations: readonly string[];
  /**
   * The title is also an ordinary English word ("major", "general", "private"), so it counts as a
   * rank only when capitalised and followed by a name.
   */
  readonly needsName?: boolean;
  /** The title is also a role word ("Commander"), so only the abbreviations name the rank. */
  readonly abbreviationsOnly?: boolean;
}

// Rank id → entry; the table behind RANKS.
const RANK_TABLE = {
  private: { title: "Private", abbreviations: ["Pvt.", "PVT"], needsName: true },
  "private-first-class": { title: "Private First Class", abbreviations: ["Pfc.", "PFC"] },
  specialist: { title: "Specialist", abbreviations: ["Spc.", "SPC"], needsName: true },
  "lance-corporal": { title: "Lance Corporal", abbreviations: ["Lance Cpl.", "LCpl"] },
  corporal: { title: "Corporal", abbreviations: ["Cpl.", "CPL"] },
  "junior-sergeant": { title: "Junior Sergeant", abbreviations: ["Jr. Sgt."] },
  sergeant: { title: "Sergeant", abbreviations: ["Sgt.", "SGT"] },
  "senior-sergeant": { title: "Senior Sergeant", abbreviations: ["Sr. Sgt."] },
  "staff-sergeant": { title: "Staff Sergeant", abbreviations: ["Staff Sgt.", "SSgt", "SSG"] },
  "sergeant-first-class": { title: "Sergeant First Class", abbreviations: ["Sgt. 1st Class", "SFC"] },
  "gunnery-sergeant": { title: "Gunnery Sergeant", abbreviations: ["Gunnery Sgt.", "GySgt"] },
  "master-sergeant": { title: "Master Sergeant", abbreviations: ["Master Sgt.", "MSgt", "MSG"] },
  "first-sergeant": { title: "First Sergeant", abbreviations: ["1st Sgt.", "1stSgt"] },
  "sergeant-major": { title: "Sergeant Major", abbreviations: ["Sgt. Maj.", "SgtMaj", "SGM"] },
  "petty-officer": { title: "Petty Officer", abbreviations: ["PO"] },
  "chief-petty-officer": { title: "Chief Petty Officer", abbreviations: ["CPO"] },
  "warrant-officer": { title: "Warrant Officer", abbreviations: ["WO"] },
  "chief-warrant-officer": { title: "Chief Warrant Officer", abbreviations: ["CWO"] },
  "junior-lieutenant": { title: "Junior Lieutenant", abbreviations: ["Jr. Lt."] },
  "second-lieutenant": { title: "Second Lieutenant", abbreviations: ["2nd Lt.", "2ndLt"] },
  "first-lieutenant": { title: "First Lieutenant", abbreviations: ["1st Lt.", "1stLt"] },
  "senior-lieutenant": { title: "Senior Lieutenant", abbreviations: ["Sr. Lt."] },
  lieutenant: { title: "Lieutenant", abbreviations: ["Lt.", "LT"] },
  captain: { title: "Captain", abbreviations: ["Capt.", "CPT", "Cpt."] },
  major: { title: "Major", abbreviations: ["Maj.", "MAJ"], needsName: true },
  "lieutenant-colonel": { title: "Lieutenant Colonel", abbreviations: ["Lt. Col.", "LtCol", "LTC"] },
  colonel: { title: "Colonel", abbreviations: ["Col.", "COL"] },
  "brigadier-general": { title: "Brigadier General", abbreviations: ["Brig. Gen.", "BrigGen", "BG"] },
  brigadier: { title: "Brigadier", abbreviations: ["Brig."] },
  "major-general": { title: "Major General", abbreviations: ["Maj. Gen.", "MajGen", "MG"] },
  "lieutenant-general": { title: "Lieutenant General", abbreviations: ["Lt. Gen.", "LtGen", "LTG"] },
  "colonel-general": { title: "Colonel General", abbreviations: ["Col. Gen."] },
  general: { title: "General", abbreviations: ["Gen.", "GEN"], needsName: true },
  "naval-commander": { title: "Commander", abbreviations: ["Cmdr.", "Cdr."], abbreviationsOnly: true },
  "rear-admiral": { title: "Rear Admiral", abbreviations: ["Rear Adm."] },
  "vice-admiral": { title: "Vice Admiral", abbreviations: ["Vice Adm."] },
  admiral: { title: "Admiral", abbreviations: ["Adm."] },
} as const satisfies Record<RankId, RankEntry>;

/**
 * A rank id: a key of {@link RANKS}.
 *
 * @example
 * ```ts
 * import type { RankId } from "musterroll/personnel";
 * const rank: RankId = "staff-sergeant";
 * ```
 */
export type RankId =
  "private" | "private-first-class" | "specialist" | "lance-corporal" | "corporal"
  | "junior-sergeant" | "sergeant" | "senior-sergeant" | "staff-sergeant" | "sergeant-first-class"
  | "gunnery-sergeant" | "master-sergeant" | "first-sergeant" | "sergeant-major" | "petty-officer"
  | "chief-petty-officer" | "warrant-officer" | "chief-warrant-officer" | "junior-lieutenant"
  | "second-lieutenant" | "first-lieutenant" | "senior-lieutenant" | "lieutenant" | "captain"
  | "major" | "lieutenant-colonel" | "colonel" | "brigadier-general" | "brigadier"
  | "major-general" | "lieutenant-general" | "colonel-general" | "general" | "naval-commander" | "rear-admiral"
  | "vice-admiral" | "admiral";

/**
 * The rank table: id → title and abbreviations (AP style "Sgt.", "Staff Sgt.", "Lt. Col.", and
 * service forms "SSgt", "LtCol"). English titles of NATO and post-Soviet armies ("senior
 * lieutenant", "junior sergeant", "colonel general") are included because reports translate them.
 *
 * @example
 * ```ts
 * import { RANKS } from "musterroll/personnel";
 * RANKS["lieutenant-colonel"].abbreviations; // ["Lt. Col.", "LtCol", "LTC"]
 * ```
 */
export const RANKS: Readonly<Record<RankId, RankEntry>> = RANK_TABLE;

// Service id → words; the table behind SERVICE_WORDS.
const SERVICE_TABLE = {
  army: ["Army"],
  navy: ["Navy"],
  "air-force": ["Air Force"],
  "marine-corps": ["Marine Corps", "Marine", "Marines"],
  "coast-guard": ["Coast Guard"],
  "space-force": ["Space Force"],
  "national-guard": ["National Guard", "Army National Guard", "Air National Guard"],
} as const satisfies Record<ArmedServiceId, readonly string[]>;

/**
 * An armed service id: a key of {@link SERVICE_WORDS}.
 *
 * @example
 * ```ts
 * import type { ArmedServiceId } from "musterroll/personnel";
 * const service: ArmedServiceId = "army";
 * ```
 */
export type ArmedServiceId =
  "army" | "navy" | "air-force" | "marine-corps" | "coast-guard" | "space-force" | "national-guard";

/**
 * Armed services a rank is often prefixed with ("Army Staff Sgt.", "Marine Cpl."): id → words.
 *
 * @example
 * ```ts
 * import { SERVICE_WORDS } from "musterroll/personnel";
 * SERVICE_WORDS["marine-corps"]; // ["Marine Corps", "Marine", "Marines"]
 * ```
 */
export const SERVICE_WORDS: Readonly<Record<ArmedServiceId, readonly string[]>> = SERVICE_TABLE;

// Alias kind → cue phrases; the table behind ALIAS_CUES.
const ALIAS_TABLE = {
  "nom-de-guerre": ["nom de guerre", "noms de guerre", "war name"],
  "call-sign": ["call sign", "call-sign", "callsign", "radio call sign", "codename", "code name", "code-named", "codenamed"],
  nickname: ["nickname", "nicknamed", "dubbed", "known as", "better known as", "goes by", "who goes by"],
  pseudonym: ["pseudonym", "alias", "aka", "a.k.a.", "also known as", "nom de plume", "under the name"],
} as const satisfies Record<AliasKindId, readonly string[]>;

/**
 * An alias kind id: a key of {@link ALIAS_CUES}.
 *
 * @example
 * ```ts
 * import type { AliasKindId } from "musterroll/personnel";
 * const kind: AliasKindId = "nom-de-guerre";
 * ```
 */
export type AliasKindId =
  "nom-de-guerre" | "call-sign" | "nickname" | "pseudonym";

/**
 * The phrases that introduce an alias, by alias kind. The first phrase is the one describePerson
 * writes.
 *
 * @example
 * ```ts
 * import { ALIAS_CUES } from "musterroll/personnel";
 * ALIAS_CUES["call-sign"].includes("callsign"); // true
 * ```
 */
export const ALIAS_CUES: Readonly<Record<AliasKindId, readonly string[]>> = ALIAS_TABLE;

/**
 * Courtesy titles that stand before a name, lower-case and without their period ("Mr.", "Dr").
 * The person reader skips them before a name; the sentence splitter of `musterroll/extract` does
 * not end a sentence at their period.
 *
 * @example
 * ```ts
 * import { HONORIFICS } from "musterroll/personnel";
 * HONORIFICS.has("dr"); // true
 * ```
 */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "dr", "mx"]);
