/**
 * Articles: parse pasted plain-text articles, datelines and bylines, find quotes with their
 * speakers, format articles, and convert to and from ninjs and schema.org. The article schemas are
 * in the root entry, `musterroll`.
 *
 * @module musterroll/article
 */
export * from "./vocabulary.js";
export { languageTagProblem, dateTimeProblem } from "./values.js";
export { parseDateline, type DatelineMatch } from "./dateline.js";
export { parseByline, looksLikeByline } from "./byline.js";
export { findQuotes, type FindQuotesOptions } from "./quotes.js";
export { parseArticle, type ParseArticleOptions } from "./parse.js";
export { formatArticle } from "./format.js";
export type { ImportIssue, ImportResult } from "./adapt.js";
export { toNinjs, fromNinjs, type NinjsObject, type ToNinjsOptions } from "./ninjs.js";
export { toSchemaOrg, fromSchemaOrg, type SchemaOrgNewsArticle } from "./schemaorg.js";
