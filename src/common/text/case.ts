/**
 * `text.toLowerCase()`, without the copy when there is nothing to lower: most words of prose are
 * already lower case, and the scanners look every word up by its lower-case form, so the copy
 * `toLowerCase` always makes was a large share of their time.
 *
 * @param text - any string.
 * @returns the same value as `text.toLowerCase()` (the same string when it has no ASCII capital
 * and no character outside ASCII).
 * @example
 * ```ts
 * import { lowerCase } from "musterroll";
 * lowerCase("Brigade"); // "brigade"
 * lowerCase("brigade"); // "brigade" (no copy)
 * lowerCase("БРИГАДА"); // "бригада"
 * ```
 */
export function lowerCase(text: string): string {
  return needsLowering(text) ? text.toLowerCase() : text;
}

// Kept apart from lowerCase: V8 optimises this loop well only while it makes no call.
function needsLowering(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}
