/**
 * Words that open sentences and clauses, capitalised there, but are never a name or part of one:
 * articles, pronouns, prepositions, conjunctions, weekdays, time words and sentence adverbs
 * ("Separately, Russian media reported …" names no one called Separately). Lower case. The one
 * such table of musterroll: the unit, person and quote readers each add only the words of their
 * own domain to it.
 *
 * @example
 * ```ts
 * import { SENTENCE_WORDS } from "musterroll";
 * SENTENCE_WORDS.has("meanwhile"); // true
 * SENTENCE_WORDS.has("karl"); // false
 * ```
 */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set([
  // articles, determiners and pronouns
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
  "he", "she", "they", "we", "i", "it", "you", "who", "whose", "which", "what", "where", "why", "how",
  "there", "here", "some", "many", "all", "both", "each", "every", "most", "no", "not", "other", "another",
  "several", "fewer", "more", "only",
  // prepositions and conjunctions
  "in", "on", "at", "by", "for", "from", "to", "of", "with", "into", "under", "as", "and", "but", "or",
  "so", "yet", "if", "when", "while", "although", "though", "after", "before", "since", "until", "during",
  "according", "unlike", "like",
  // time words and weekdays
  "today", "yesterday", "tomorrow", "now", "then", "last", "next", "former", "new",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  // sentence adverbs
  "also", "however", "meanwhile", "moreover", "additionally", "separately", "previously", "eventually",
  "initially", "currently", "reportedly", "apparently", "ultimately", "recently", "similarly", "finally",
  "later", "earlier", "instead", "overall", "nevertheless", "nonetheless", "still", "indeed", "otherwise",
  "elsewhere", "officially", "publicly", "privately", "afterwards", "afterward", "subsequently",
  "consequently", "therefore", "thus", "notably", "especially", "unfortunately", "fortunately",
  "surprisingly", "importantly", "overnight",
]);
