import { SENTENCE_WORDS } from "../common/index.js";
/**
 * What a cue verb tells about the quote it introduces: the verb's base form and its tense as
 * written ("said" is past, "says" present).
 *
 * @example
 * ```ts
 * import { CUE_VERBS, type CueVerb } from "musterroll/article";
 * const cue: CueVerb | undefined = CUE_VERBS.get("regrets"); // { lemma: "regret", tense: "present" }
 * ```
 */
export interface CueVerb {
  /** Base form ("say" for "says", "said", "saying"). */
  readonly lemma: string;
  /** Tense of the written form. */
  readonly tense: "present" | "past";
}

// Base form, third person present, past. Irregular pasts are spelled out; the table is the only
// place a cue verb is named, so adding a verb here teaches every quote finder at once.
const CUE_VERB_FORMS: ReadonlyArray<readonly [string, string, string]> = [
  ["say", "says", "said"],
  ["tell", "tells", "told"],
  ["explain", "explains", "explained"],
  ["state", "states", "stated"],
  ["add", "adds", "added"],
  ["regret", "regrets", "regretted"],
  ["summarize", "summarizes", "summarized"],
  ["summarise", "summarises", "summarised"],
  ["sum", "sums", "summed"],
  ["confess", "confesses", "confessed"],
  ["recall", "recalls", "recalled"],
  ["insist", "insists", "insisted"],
  ["warn", "warns", "warned"],
  ["claim", "claims", "claimed"],
  ["note", "notes", "noted"],
  ["argue", "argues", "argued"],
  ["admit", "admits", "admitted"],
  ["acknowledge", "acknowledges", "acknowledged"],
  ["complain", "complains", "complained"],
  ["lament", "laments", "lamented"],
  ["deplore", "deplores", "deplored"],
  ["declare", "declares", "declared"],
  ["announce", "announces", "announced"],
  ["assert", "asserts", "asserted"],
  ["maintain", "maintains", "maintained"],
  ["stress", "stresses", "stressed"],
  ["emphasize", "emphasizes", "emphasized"],
  ["emphasise", "emphasises", "emphasised"],
  ["point", "points", "pointed"],
  ["continue", "continues", "continued"],
  ["conclude", "concludes", "concluded"],
  ["reply", "replies", "replied"],
  ["respond", "responds", "responded"],
  ["ask", "asks", "asked"],
  ["write", "writes", "wrote"],
  ["tweet", "tweets", "tweeted"],
  ["describe", "describes", "described"],
  ["call", "calls", "called"],
  ["recount", "recounts", "recounted"],
  ["remember", "remembers", "remembered"],
  ["reflect", "reflects", "reflected"],
  ["observe", "observes", "observed"],
  ["agree", "agrees", "agreed"],
  ["suggest", "suggests", "suggested"],
  ["predict", "predicts", "predicted"],
  ["vow", "vows", "vowed"],
  ["joke", "jokes", "joked"],
  ["shout", "shouts", "shouted"],
  ["whisper", "whispers", "whispered"],
  ["sigh", "sighs", "sighed"],
  ["concede", "concedes", "conceded"],
  ["assure", "assures", "assured"],
  ["deny", "denies", "denied"],
  ["criticize", "criticizes", "criticized"],
  ["criticise", "criticises", "criticised"],
  ["denounce", "denounces", "denounced"],
  ["specify", "specifies", "specified"],
  ["clarify", "clarifies", "clarified"],
  ["indicate", "indicates", "indicated"],
  ["affirm", "affirms", "affirmed"],
  ["reiterate", "reiterates", "reiterated"],
  ["confirm", "confirms", "confirmed"],
  ["recognize", "recognizes", "recognized"],
  ["recognise", "recognises", "recognised"],
  // Machine-translated Spanish and Portuguese copy renders "resume" (sums up) as a cue with
  // the verb before its subject: "…" resume Viking.
  ["resume", "resume", "resumed"],
];

const CUE_VERB_TABLE: ReadonlyMap<string, CueVerb> = new Map(
  CUE_VERB_FORMS.flatMap(([lemma, present, past]): [string, CueVerb][] => [
    [present, { lemma, tense: "present" }],
    [past, { lemma, tense: "past" }],
  ]),
);

/**
 * The one table of verbs that attribute a quote to a speaker ("says", "said", "explains",
 * "states", "adds", "regrets", "summarizes", "confesses", "recalls", "insists", "warns" …), keyed
 * by the lower-case written form (third person present and past only: attribution in news copy
 * uses no other forms).
 *
 * @example
 * ```ts
 * import { CUE_VERBS } from "musterroll/article";
 * CUE_VERBS.get("said"); // { lemma: "say", tense: "past" }
 * CUE_VERBS.has("walks"); // false
 * ```
 */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = CUE_VERB_TABLE;

/**
 * Which antecedent a third-person pronoun can take when it is the subject of a cue verb:
 * `male` and `female` take a person of that gender or of unknown gender, `plural` a group or
 * any person ("they" is also singular).
 *
 * @example
 * ```ts
 * import type { PronounReference } from "musterroll/article";
 * const r: PronounReference = "female";
 * ```
 */
export type PronounReference = "male" | "female" | "plural";

/**
 * The subject pronouns a cue verb can take, with the antecedents each may refer to.
 *
 * @example
 * ```ts
 * import { SUBJECT_PRONOUNS } from "musterroll/article";
 * SUBJECT_PRONOUNS.get("she"); // "female"
 * ```
 */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounReference> = new Map([
  ["he", "male"],
  ["she", "female"],
  ["they", "plural"],
]);

/**
 * Titles and nouns that announce a person's name ("President", "Col.", "Ms") and the gender
 * they imply, when they imply one. Used both to find names and to match pronouns.
 *
 * @example
 * ```ts
 * import { PERSON_TITLES } from "musterroll/article";
 * PERSON_TITLES.get("mrs"); // "female"
 * PERSON_TITLES.get("president"); // "unknown"
 * ```
 */
export const PERSON_TITLES: ReadonlyMap<string, "male" | "female" | "unknown"> = new Map([
  ["mr", "male"], ["mrs", "female"], ["ms", "female"], ["miss", "female"], ["sir", "male"], ["dame", "female"],
  ["president", "unknown"], ["minister", "unknown"], ["general", "unknown"], ["gen", "unknown"],
  ["colonel", "unknown"], ["col", "unknown"], ["major", "unknown"], ["maj", "unknown"], ["captain", "unknown"],
  ["capt", "unknown"], ["lieutenant", "unknown"], ["lt", "unknown"], ["sergeant", "unknown"], ["sgt", "unknown"],
  ["commander", "unknown"], ["dr", "unknown"], ["prof", "unknown"], ["professor", "unknown"], ["senator", "unknown"],
  ["spokesman", "male"], ["spokeswoman", "female"], ["spokesperson", "unknown"], ["officer", "unknown"],
  ["soldier", "unknown"], ["volunteer", "unknown"], ["medic", "unknown"], ["commissioner", "unknown"],
  ["secretary", "unknown"], ["chief", "unknown"], ["head", "unknown"], ["director", "unknown"], ["governor", "unknown"],
  ["mayor", "unknown"], ["adviser", "unknown"], ["advisor", "unknown"], ["ambassador", "unknown"], ["chancellor", "unknown"],
  ["premier", "unknown"], ["envoy", "unknown"], ["prosecutor", "unknown"], ["analyst", "unknown"], ["researcher", "unknown"],
]);

/**
 * Words that end a capitalised run which names an organisation, a unit or a place rather
 * than a person ("International Legion", "2nd Battalion", "Shetland Islands"), so that a pronoun
 * never resolves to one.
 *
 * @example
 * ```ts
 * import { NON_PERSON_NAME_WORDS } from "musterroll/article";
 * NON_PERSON_NAME_WORDS.has("brigade"); // true
 * ```
 */
export const NON_PERSON_NAME_WORDS: ReadonlySet<string> = new Set([
  "legion", "battalion", "brigade", "regiment", "division", "corps", "company", "platoon", "squad", "staff",
  "army", "forces", "force", "navy", "guard", "ministry", "government", "council", "committee", "union",
  "republic", "kingdom", "states", "islands", "island", "region", "oblast", "province", "city", "street",
  "war", "press", "news", "agency", "times", "post", "service", "office", "department", "university",
  "bank", "group", "party", "court", "parliament", "assembly", "house", "brigades", "defense", "defence",
  "intelligence", "command", "headquarters", "center", "centre", "institute", "foundation", "network",
  "sea", "river", "mountains", "valley", "day", "week", "year", "church", "school", "hospital", "airport",
]);

/**
 * Words that never begin a person's name even when capitalised at a sentence start: the shared
 * {@link SENTENCE_WORDS} and "official(s)", "old".
 *
 * @example
 * ```ts
 * import { NAME_STOP_WORDS } from "musterroll/article";
 * NAME_STOP_WORDS.has("the"); // true
 * ```
 */
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set([...SENTENCE_WORDS, "official", "officials", "old"]);

/**
 * Prepositions after which a capitalised run names a place, not a person ("in Kramatorsk",
 * "from the Shetland Islands").
 *
 * @example
 * ```ts
 * import { PLACE_PREPOSITIONS } from "musterroll/article";
 * PLACE_PREPOSITIONS.has("near"); // true
 * ```
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "at", "from", "to", "near", "into", "across", "towards", "toward", "outside", "inside", "around",
  "through", "via", "between", "under", "over", "within", "beyond",
]);

/**
 * News agencies as they appear in datelines and bylines, lower-case, with their usual name.
 *
 * @example
 * ```ts
 * import { NEWS_AGENCIES } from "musterroll/article";
 * NEWS_AGENCIES.get("ap"); // "Associated Press"
 * ```
 */
export const NEWS_AGENCIES: ReadonlyMap<string, string> = new Map([
  ["reuters", "Reuters"], ["ap", "Associated Press"], ["associated press", "Associated Press"],
  ["afp", "AFP"], ["agence france-presse", "AFP"], ["dpa", "dpa"], ["efe", "EFE"], ["ansa", "ANSA"],
  ["upi", "UPI"], ["bloomberg", "Bloomberg"], ["xinhua", "Xinhua"], ["tass", "TASS"], ["interfax", "Interfax"],
  ["ukrinform", "Ukrinform"], ["pa", "PA"], ["anadolu", "Anadolu"], ["kyodo", "Kyodo"], ["yonhap", "Yonhap"],
]);

/**
 * Labels that open a trailing source line ("Source: Reuters", a bare "source" link text).
 *
 * @example
 * ```ts
 * import { SOURCE_LABELS } from "musterroll/article";
 * SOURCE_LABELS.has("sources"); // true
 * ```
 */
export const SOURCE_LABELS: ReadonlySet<string> = new Set(["source", "sources", "original source", "via", "fuente"]);

/**
 * Words that mark a line as a photo credit or caption ("Photo: …", "… / AFP via Getty Images").
 *
 * @example
 * ```ts
 * import { CAPTION_MARKERS } from "musterroll/article";
 * CAPTION_MARKERS.includes("photo:"); // true
 * ```
 */
export const CAPTION_MARKERS: readonly string[] = [
  "photo:", "photo by", "photograph:", "photograph by", "image:", "picture:", "credit:", "caption:", "video:",
  "(photo", "(ap photo", "getty images", "via getty", "shutterstock", "©", "reuters/", "afp/", "ap photo/",
  "(image", "photo credit", "foto:",
];

/**
 * Journalistic genres an article can be filed under.
 *
 * @example
 * ```ts
 * import { ARTICLE_GENRES } from "musterroll/article";
 * ARTICLE_GENRES.includes("interview"); // true
 * ```
 */
export const ARTICLE_GENRES = [
  "report", "analysis", "opinion", "interview", "feature", "editorial", "review", "obituary", "explainer",
  "live", "investigation", "profile",
] as const;
