import type { Article } from "./schema.js";

/**
 * One problem found while importing a ninjs or schema.org record: what (`code`), where
 * (`path`, a JSON path into the input) and why (`message`, naming the bad value).
 *
 * @example
 * ```ts
 * import type { ImportIssue } from "musterroll/article";
 * const issue: ImportIssue = { code: "missing", path: ["uri"], message: "ninjs requires uri" };
 * ```
 */
export type ImportIssue =
  | { readonly code: "invalid_type"; readonly path: readonly (string | number)[]; readonly message: string; readonly expected: string }
  | { readonly code: "missing"; readonly path: readonly (string | number)[]; readonly message: string }
  | { readonly code: "invalid_value"; readonly path: readonly (string | number)[]; readonly message: string };

/**
 * The result of {@link fromNinjs} and {@link fromSchemaOrg}: the article, or every issue found.
 *
 * @example
 * ```ts
 * import type { Article } from "musterroll";
 * import { fromNinjs, type ImportResult } from "musterroll/article";
 * const r: ImportResult<Article> = fromNinjs({ uri: "urn:example:1" });
 * ```
 */
export type ImportResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly ImportIssue[] };

/** The body of an article as one text: from its first block to its last. */
export function bodyText(article: Article): string {
  const first = article.blocks[0];
  const last = article.blocks[article.blocks.length - 1];
  if (first === undefined || last === undefined) return "";
  return article.text.slice(first.start, Math.max(first.end, last.end));
}

/** A stable URN for an article without a URI: FNV-1a of its text. */
export function derivedUri(article: Article): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < article.text.length; i++) {
    const c = article.text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `urn:musterroll:article:${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`;
}

/** Reads a JSON value as a record, or `undefined`. */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A typed reader of an untrusted JSON object that collects issues with their paths. */
export class JsonReader {
  readonly issues: ImportIssue[] = [];

  string(obj: Readonly<Record<string, unknown>>, path: readonly (string | number)[], ...keys: string[]): string | undefined {
    for (const key of keys) {
      const v = obj[key];
      if (v === undefined || v === null) continue;
      if (typeof v === "string") return v;
      this.issues.push({ code: "invalid_type", path: [...path, key], expected: "string", message: `${[...path, key].join(".")} must be a string, got ${typeof v}` });
      return undefined;
    }
    return undefined;
  }

  array(obj: Readonly<Record<string, unknown>>, path: readonly (string | number)[], ...keys: string[]): { items: readonly unknown[]; key: string } | undefined {
    for (const key of keys) {
      const v = obj[key];
      if (v === undefined || v === null) continue;
      if (Array.isArray(v)) return { items: v, key };
      this.issues.push({ code: "invalid_type", path: [...path, key], expected: "array", message: `${[...path, key].join(".")} must be an array, got ${typeof v}` });
      return undefined;
    }
    return undefined;
  }

  record(value: unknown, path: readonly (string | number)[]): Readonly<Record<string, unknown>> | undefined {
    const r = asRecord(value);
    if (r === undefined) this.issues.push({ code: "invalid_type", path, expected: "object", message: `${path.join(".") || "the input"} must be an object, got ${Array.isArray(value) ? "array" : value === null ? "null" : typeof value}` });
    return r;
  }
}

/**
 * Turns simple HTML into plain text with blank lines between blocks (p, h1–h6, li, blockquote,
 * figcaption, br), dropping other tags and decoding the common entities. A hand scanner, linear.
 */
export function htmlToText(html: string): string {
  const BLOCK = /^\/?(?:p|h[1-6]|li|ul|ol|blockquote|figcaption|figure|div|section|br)\b/i;
  // a Map, not an object literal: "&valueOf;" must not decode to Object.prototype.valueOf
  const ENTITIES: ReadonlyMap<string, string> = new Map([["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", "\""], ["apos", "'"], ["nbsp", " "], ["ldquo", "“"], ["rdquo", "”"], ["lsquo", "‘"], ["rsquo", "’"], ["laquo", "«"], ["raquo", "»"], ["ndash", "–"], ["mdash", "—"]]);
  let out = "";
  let i = 0;
  while (i < html.length) {
    const ch = html.charAt(i);
    if (ch === "<") {
      const close = html.indexOf(">", i);
      if (close < 0) break;
      const tag = html.slice(i + 1, close).trim();
      if (BLOCK.test(tag)) out += /^li\b/i.test(tag) ? "\n\n- " : "\n\n";
      i = close + 1;
    } else if (ch === "&") {
      const near = html.slice(i, i + 10).indexOf(";");
      const semi = near > 0 ? i + near : -1;
      const name = semi > i ? html.slice(i + 1, semi) : "";
      const code = name.startsWith("#x") ? Number.parseInt(name.slice(2), 16) : name.startsWith("#") ? Number.parseInt(name.slice(1), 10) : NaN;
      const decoded = name.startsWith("#")
        ? String.fromCodePoint(Number.isInteger(code) && code > 0 && code <= 0x10ffff ? code : 0xfffd)
        : ENTITIES.get(name);
      if (decoded !== undefined && semi > i) {
        out += decoded;
        i = semi + 1;
      } else {
        out += ch;
        i++;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out.replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, "\n\n").trim();
}
