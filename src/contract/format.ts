import { formatDurationPhrase, parseIsoDuration } from "../common/index.js";
import type { Clause, CountedFrom } from "./schema.js";

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
