import { createRequire } from "node:module";
import { PROVIDERS } from "@switchboard/sdk";
import { Command, CommanderError } from "commander";
import { COMMANDS } from "./commands/index.js";
import type { CliIO } from "./context.js";
import { describeError, EXIT, EXIT_HELP } from "./errors.js";

export type { CliIO } from "./context.js";

/** This package's version, from its package.json. */
const VERSION: string = createRequire(import.meta.url)("@switchboard/cli/package.json").version;

/** Builds the `switchboard` command tree (commander), one command per file of `src/commands/`. */
export function createProgram(io: CliIO, setExitCode: (code: number) => void = () => {}): Command {
  const program = new Command("switchboard")
    .description(
      "List, get and summarize voice-AI calls from several providers as one unified Call; keep them all in one table (sync, db, report).",
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  const envHelp = PROVIDERS.map((d) => {
    const vars = [...d.credentials.map((c) => (c.required ? c.env : `[${c.env}]`)), `[${d.baseUrlEnv}]`];
    return `  ${d.name.padEnd(11)} ${vars.join(" ")}`;
  }).join("\n");
  const exitHelp = EXIT_HELP.map(([code, text]) => `  ${String(code).padStart(3)}  ${text}`).join("\n");
  program.addHelpText(
    "after",
    `\nEnvironment (API keys and base URLs; [optional]):\n${envHelp}\n\nExit codes:\n${exitHelp}\n`,
  );
  for (const command of COMMANDS) command.register(program, { io, setExitCode });
  // Sub-commands write their usage errors through the program's output and exit override too.
  const inherit = (command: Command) => {
    for (const sub of command.commands) {
      sub.exitOverride().configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
      });
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/**
 * Runs `switchboard` with `argv` (without `node` and the script) and returns the exit code: 0 on success,
 * 64 on bad usage, 2 on a configuration problem, 13 when some of several providers failed (the others'
 * calls are printed), and one code per error class (see `EXIT` and `switchboard --help`). Errors are
 * printed on stderr as one line, without secrets.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = createProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const { code: errorCode, message } = describeError(error);
    io.stderr.write(`${message}\n`);
    return errorCode;
  }
}
