export const HELP = `musterroll — records from reports about armed forces

Usage:
  musterroll extract  [FILE|-] [--reference-date YYYY-MM-DD] [--format json|pretty]
  musterroll validate [FILE|-] --schema NAME [--format ndjson|json]
  musterroll schema   [--out DIR] [--schema NAME]
  musterroll help [COMMAND] | COMMAND --help | --version

Commands:
  extract   Read an article (plain text) and print its mentions and draft records.
  validate  Check records (NDJSON or JSON) against a musterroll schema.
  schema    Write one JSON Schema (draft 2020-12) per record type.

Exit codes: 0 all good, 1 some records invalid, 2 usage or I/O error.
`;

const COMMAND_HELP = {
  extract: `musterroll extract [FILE|-] [--reference-date YYYY-MM-DD] [--format json|pretty]

Reads a plain-text article from FILE (or standard input for - or no FILE) and prints
  json    (default) { "article", "mentions": { dates, durations, quantities, units, people, quotes },
          "records": { units, people, contracts } } — every mention with text, start, end and its value;
  pretty  a readable summary: units and what became of them, people, contracts, a timeline.

Options:
  --reference-date YYYY-MM-DD  the date year-less dates fall back on (default: the article's own date, if any)
  --format json|pretty         output format (default json)
`,
  validate: `musterroll validate [FILE|-] --schema NAME [--format ndjson|json]

Checks every record against the schema NAME (see --schema list below). Valid records are written to
standard output unchanged; each invalid one is reported on standard error as
  line 12: $.birthDate: 2025-02-30 is not a calendar date: February 2025 has 28 days
followed by a summary. On a terminal, reading a file shows a progress bar.

Options:
  --schema NAME         the record type (required)
  --format ndjson|json  ndjson (default): one record per line; json: one record or an array of records
  --max-line-bytes N    longest NDJSON line kept in memory (default 67108864); longer lines are reported

Exit codes: 0 all valid, 1 some invalid, 2 usage or I/O error.
`,
  schema: `musterroll schema [--out DIR] [--schema NAME]

Writes one JSON Schema (draft 2020-12) per record type: to DIR as NAME.schema.json, or to standard
output as one JSON object keyed by NAME. --schema NAME writes only that one.
`,
} as const;

export function commandHelp(name: keyof typeof COMMAND_HELP): string {
  return COMMAND_HELP[name];
}
