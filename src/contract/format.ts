import { formatDurationPhrase, parseIsoDuration } from "../common/index.js";
import type { Clause, CountedFrom, EarliestOfTerm, Term } from "./schema.js";

const phrase = (iso: string): string => {
  const parsed = parseIsoDuration(iso);
  return parsed.success ? formatDurationPhrase(parsed.data) : iso;
};

const counted = (from: CountedFrom): string =>
  from === "start" ? "" : from === "signed" ? ", counted from its signature" : `, counted from ${from.event}${from.on ? ` (${from.on})` : ""}`;

const PARTY = { member: "The member", employer: "The employer", either: "Either party" } as const;
const BENEFIT = { citizenship: "Citizenship", residence: "Residence", pension: "A pension", other: "The benefit", unspecified: "The benefit" } as const;
const TRIGGER = { transfer: "a transfer", "new-contract": "a new contract", "break-in-service": "a break in service" } as const;

/**
 * Writes a clause as an English sentence, in the wording {@link findClauses} reads: for a
 * termination clause counted from the start (with or without notice), a probation, a renewal, a pay parity,
 * an eligibility clause with a citizenship, residence or pension benefit, no alternatives and at
 * most one reset,
 * and a restriction that states a prohibition, `findClauses(formatClause(c))` gives back `c`.
 *
 * @param clause - the clause.
 * @returns one sentence, ending with a full stop.
 * @example
 * ```ts
 * import { formatClause } from "musterroll/contract";
 * formatClause({ kind: "termination", by: "member", minService: "P6M", continuous: true, countedFrom: "start" });
 * // "The member may end the contract after six months of continuous service."
 * formatClause({ kind: "renewal", length: "P5Y", shortest: "P6M" });
 * // "The contract may be renewed for six months to five years."
 * ```
 */
export function formatClause(clause: Clause): string {
  switch (clause.kind) {
    case "termination": {
      const notice = clause.notice === undefined ? "" : `, with ${phrase(clause.notice)} of notice`;
      return `${PARTY[clause.by]} may end the contract after ${phrase(clause.minService)} of ${clause.continuous ? "continuous " : ""}service${counted(clause.countedFrom)}${notice}.`;
    }
    case "probation":
      return `The contract begins with a probation period of ${phrase(clause.length)}.`;
    case "renewal": {
      const range = clause.shortest === undefined ? phrase(clause.length) : `${phrase(clause.shortest)} to ${phrase(clause.length)}`;
      return `The contract may be renewed for ${range}${clause.max === undefined ? "" : ` up to ${clause.max} times`}.`;
    }
    case "payParity":
      return `Members receive the same pay as ${clause.with}.`;
    case "eligibility": {
      const parts: string[] = [];
      if (clause.requiredService !== undefined) {
        const honorable = clause.condition === "honorable service" ? "honorable " : "";
        parts.push(`${BENEFIT[clause.benefit]} may be sought after ${phrase(clause.requiredService)} of ${honorable}service${counted(clause.countedFrom)}`);
      }
      for (const a of clause.alternatives) parts.push(`under ${a.when} ${phrase(a.requiredService)} is enough`);
      const benefit = clause.benefit === "unspecified" || clause.requiredService !== undefined ? "" : `${clause.benefit} `;
      for (const t of clause.resetsOn) parts.push(`the ${benefit}clock restarts after ${TRIGGER[t]}`);
      const text = parts.join(", and ");
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    }
    case "restriction":
      return clause.text.endsWith(".") ? clause.text : `${clause.text}.`;
  }
}

const EVENT = { demobilization: "demobilization", "end-of-martial-law": "the end of martial law", "end-of-hostilities": "the end of hostilities" } as const;

/** One end of a term after "runs": "for three years", "until the end of martial law". */
const end = (t: EarliestOfTerm["earliestOf"][number]): string =>
  typeof t === "string" ? `for ${phrase(t)}` : `until ${t.until === "other" ? (t.text ?? "another event") : EVENT[t.until]}`;

/**
 * Writes a contract's term as an English sentence, in the wording {@link findContractTerms}
 * reads: for a length, an event term other than `"other"` and without `text`, an earliest-of of
 * those, and `"indefinite"`, `findContractTerms(formatTerm(t))` gives back `t`. An event's `text`
 * (and the event of `"other"`) is written out but not read back.
 *
 * @param term - the term.
 * @returns one sentence, ending with a full stop.
 * @example
 * ```ts
 * import { formatTerm } from "musterroll/contract";
 * formatTerm("P3Y"); // "The contract runs for three years."
 * formatTerm({ earliestOf: ["P3Y", { until: "end-of-martial-law" }] });
 * // "The contract runs for three years or until the end of martial law, whichever comes first."
 * ```
 */
export function formatTerm(term: Term): string {
  if (term === "indefinite") return "The member serves on an open-ended contract.";
  if (typeof term === "object" && "earliestOf" in term) {
    const ends = term.earliestOf.map(end);
    const last = ends.pop();
    return `The contract runs ${ends.join(", ")} or ${last ?? ""}, whichever comes first.`;
  }
  return `The contract runs ${end(term)}.`;
}
