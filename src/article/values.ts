import { partialDateProblem, quote } from "../common/index.js";

const isAlpha = (s: string): boolean => /^[a-z]+$/i.test(s);
const isDigits = (s: string): boolean => /^\d+$/.test(s);
const isAlnum = (s: string): boolean => /^[a-z\d]+$/i.test(s);

/**
 * Why a string is not a well-formed BCP 47 language tag (RFC 5646 `langtag` or private use),
 * or `undefined` when it is one. Hand-written over the subtags, so it runs in linear time.
 *
 * @param tag - the candidate tag.
 * @returns a message naming the bad subtag and the rule, or `undefined`.
 * @example
 * ```ts
 * import { languageTagProblem } from "musterroll/article";
 * languageTagProblem("en-GB"); // undefined
 * languageTagProblem("en-GBR-x"); // names the bad subtag
 * ```
 */
export function languageTagProblem(tag: string): string | undefined {
  const parts = tag.split("-");
  const bad = (i: number, rule: string) => `${quote(tag)} is not a BCP 47 language tag: subtag ${i + 1} ${quote(parts[i] ?? "")} ${rule}`;
  if (parts.some((p) => p.length === 0 || p.length > 8 || !isAlnum(p))) {
    return `${quote(tag)} is not a BCP 47 language tag: subtags are 1–8 letters or digits separated by "-"`;
  }
  let i = 0;
  const first = parts[0] ?? "";
  if (first.toLowerCase() === "x") return parts.length > 1 ? undefined : bad(0, "must be followed by private-use subtags");
  if (!isAlpha(first) || first.length < 2 || first.length === 4) return bad(0, "must be a language of 2–3 or 5–8 letters");
  i = 1;
  if (first.length <= 3) {
    for (let n = 0; n < 3 && i < parts.length && (parts[i] ?? "").length === 3 && isAlpha(parts[i] ?? ""); n++) i++;
  }
  if (i < parts.length && (parts[i] ?? "").length === 4 && isAlpha(parts[i] ?? "")) i++;
  const region = parts[i] ?? "";
  if (i < parts.length && ((region.length === 2 && isAlpha(region)) || (region.length === 3 && isDigits(region)))) i++;
  while (i < parts.length) {
    const v = parts[i] ?? "";
    if ((v.length >= 5) || (v.length === 4 && /^\d/.test(v))) i++;
    else break;
  }
  const singletons = new Set<string>();
  while (i < parts.length) {
    const s = (parts[i] ?? "").toLowerCase();
    if (s.length !== 1) return bad(i, "is not a script, region, variant or extension in this place");
    if (s === "x") {
      return i + 1 < parts.length ? undefined : bad(i, "must be followed by private-use subtags");
    }
    if (singletons.has(s)) return bad(i, "repeats an extension singleton");
    singletons.add(s);
    i++;
    let n = 0;
    while (i < parts.length && (parts[i] ?? "").length >= 2) {
      i++;
      n++;
    }
    if (n === 0) return bad(i - 1, "must be followed by an extension subtag of 2–8 characters");
  }
  return undefined;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/**
 * Why a string is not an RFC 3339 date-time with an offset ("2025-12-31T09:30:00+02:00"), or
 * `undefined` when it is one. The day must be on the calendar.
 *
 * @param text - the candidate date-time.
 * @returns a message naming the bad value and the rule, or `undefined`.
 * @example
 * ```ts
 * import { dateTimeProblem } from "musterroll/article";
 * dateTimeProblem("2025-12-31T09:30:00Z"); // undefined
 * dateTimeProblem("2025-02-30T09:30:00Z"); // names February 2025
 * ```
 */
export function dateTimeProblem(text: string): string | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return `${quote(text)} is not an RFC 3339 date-time: expected YYYY-MM-DDTHH:MM:SS with Z or ±HH:MM`;
  const dayProblem = partialDateProblem(m[1] ?? "");
  if (dayProblem !== undefined) return dayProblem;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4]) > 60) return `${quote(text)} has a time of day out of range`;
  if (m[5] !== undefined && (Number(m[5]) > 23 || Number(m[6]) > 59)) return `${quote(text)} has an offset out of range`;
  return undefined;
}
