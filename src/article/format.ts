import { normalizeHeadline } from "./parse.js";
import type { Article } from "./schema.js";

/**
 * Writes an article back as plain text in the shape {@link parseArticle} reads: the main
 * headline, a sub headline on the next line, the byline, then every block as written in the
 * article text, one per paragraph (a dateline stays in front of its paragraph), then
 * "Source: …" and the publisher. `parseArticle(formatArticle(a))` gives back the headlines,
 * the blocks (kind and text), the byline, the dateline, the source and the quotes with their
 * speakers.
 *
 * @param article - the article.
 * @returns the plain text.
 * @example
 * ```ts
 * import { formatArticle, parseArticle } from "musterroll/article";
 * const r = parseArticle("Unit disbanded\n\nThe unit was disbanded.");
 * if (r.success) formatArticle(r.data); // "Unit disbanded\n\nThe unit was disbanded.\n"
 * ```
 */
export function formatArticle(article: Article): string {
  const parts: string[] = [];
  const main = article.headlines.find((h) => h.role === "main");
  const sub = article.headlines.find((h) => h.role === "sub");
  if (main) parts.push(sub ? `${main.value}\n${sub.value}` : main.value);
  const byline = article.byline ?? (article.authors.length > 0 ? `By ${article.authors.map((a) => a.name).join(" and ")}` : undefined);
  // A first block that reads like the headline would be taken for the headline printed twice and
  // dropped; printing the headline twice makes the reading unambiguous.
  const first = article.blocks[0];
  if (main && byline === undefined && first !== undefined && normalizeHeadline(first.text) === normalizeHeadline(main.value)) parts.push(main.value);
  if (byline !== undefined) parts.push(byline);
  let pendingDateline: string | undefined;
  for (const block of article.blocks) {
    if (block.kind === "dateline") {
      pendingDateline = block.text;
      continue;
    }
    parts.push(pendingDateline !== undefined ? `${pendingDateline} ${block.text}` : block.text);
    pendingDateline = undefined;
  }
  if (pendingDateline !== undefined) parts.push(pendingDateline);
  if (article.source) {
    const { name, url } = article.source;
    parts.push(name || url ? `Source: ${[name, url].filter(Boolean).join(" ")}` : "Source");
  }
  if (article.publisher?.name) parts.push(`© ${article.publisher.name}`);
  return `${parts.join("\n\n")}\n`;
}
