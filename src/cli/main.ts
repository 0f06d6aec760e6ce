import { parseArgs, type ParseArgsConfig } from "node:util";
import type { CliIo } from "./io.js";
import { HELP, commandHelp } from "./help.js";
import { runSchema } from "./schema-command.js";
import { runValidate } from "./validate-command.js";
import { runExtract } from "./extract-command.js";

/** Exit codes: 0 all good, 1 some records invalid, 2 usage or I/O error. */
export type ExitCode = 0 | 1 | 2;

const COMMANDS = { extract: runExtract, validate: runValidate, schema: runSchema } as const;

/** Runs the musterroll command line with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    const topic = command === "help" ? rest[0] : undefined;
    io.stdout.write(topic !== undefined && Object.hasOwn(COMMANDS, topic) ? commandHelp(topic as keyof typeof COMMANDS) : HELP);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, command)) {
    io.stderr.write(`musterroll: unknown command ${JSON.stringify(command)}\n\n${HELP}`);
    return 2;
  }
  const name = command as keyof typeof COMMANDS;
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(commandHelp(name));
    return 0;
  }
  try {
    return await COMMANDS[name](rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`musterroll ${name}: ${message}\n`);
    return 2;
  }
}

/** Parses a command's options strictly: an unknown option is a usage error with the command's help. */
export function options<const T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], spec: T) {
  return parseArgs({ args: [...args], options: spec, allowPositionals: true, strict: true } as const);
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";
