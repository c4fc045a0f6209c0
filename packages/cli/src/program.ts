import { createRequire } from "node:module";
import { InvalidArgumentError as UsageError } from "@switchboard/core";
import { PROVIDERS } from "@switchboard/sdk";
import { Command, CommanderError } from "commander";
import { COMMANDS } from "./commands/index.js";
import type { CliIO } from "./context.js";
import { describeError, EXIT, EXIT_HELP, exitClasses } from "./errors.js";
import { configPath, type ResolvedSettings, resolveSettings } from "./settings.js";

export type { CliIO } from "./context.js";

/** This package's version, from its package.json. */
const VERSION: string = createRequire(import.meta.url)("@switchboard/cli/package.json").version;

/** Command groups that do not read the profile (they manage it, or print help or scripts). */
const WITHOUT_SETTINGS = new Set(["config", "completion", "help"]);

/**
 * Builds the `switchboard` command tree (commander), one command per file of `src/commands/`. Global flags:
 * `--profile <name>` (the config file's profile; default `SWITCHBOARD_PROFILE`, else `default`), `--api-key
 * <key>` (the one selected provider's key) and `--debug` (HTTP lines on stderr). Before any command runs, the
 * environment it reads becomes the profile's values under the real environment variables (which win).
 */
export function createProgram(io: CliIO, setExitCode: (code: number) => void = () => {}): Command {
  // The IO the commands hold: its env and flags are set from the global flags before a command runs.
  const runIo: CliIO = { ...io };
  let settings: ResolvedSettings | undefined;
  const program = new Command("switchboard")
    .description(
      "List, get and summarize voice-AI calls from several providers as one unified Call; keep them all in one table (sync, db, report).",
    )
    .version(VERSION, "-v, --version", "print the version")
    .option(
      "--profile <name>",
      "use this profile of the config file (default: $SWITCHBOARD_PROFILE, else default)",
    )
    .option(
      "--api-key <key>",
      "the API key of the one provider selected with --provider (wins over env and profile)",
    )
    .option(
      "--debug",
      "log each HTTP request and response line on stderr (method, URL, status, duration, request id; secrets redacted)",
    )
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  const envHelp = PROVIDERS.map((d) => {
    const vars = [...d.credentials.map((c) => (c.required ? c.env : `[${c.env}]`)), `[${d.baseUrlEnv}]`];
    return `  ${d.name.padEnd(11)} ${vars.join(" ")}`;
  }).join("\n");
  const exitHelp = EXIT_HELP.map(([code, text]) => {
    const classes = exitClasses(code);
    return `  ${String(code).padStart(3)}  ${text}${classes.length > 0 ? ` [${classes.join(", ")}]` : ""}`;
  }).join("\n");
  program.addHelpText(
    "after",
    `\nEnvironment (API keys and base URLs; [optional]). Variables win over the profile (switchboard config), --api-key over both:\n${envHelp}\n  config file: ${configPath(io.env)} (SWITCHBOARD_CONFIG_DIR moves it)\n\nExit codes:\n${exitHelp}\n`,
  );
  program.hook("preAction", (_program, action) => {
    let top: Command = action;
    while (top.parent && top.parent !== program) top = top.parent;
    const globals = program.opts<{ profile?: string; apiKey?: string; debug?: boolean }>();
    if (globals.apiKey !== undefined && globals.apiKey.trim() === "")
      throw new UsageError("--api-key is blank", { argument: "--api-key" });
    runIo.flags = { apiKey: globals.apiKey, debug: globals.debug };
    if (WITHOUT_SETTINGS.has(top.name())) return;
    settings = resolveSettings(io.env, globals.profile);
    runIo.env = settings.env;
  });
  const context = {
    io: runIo,
    setExitCode,
    settings: () => settings ?? resolveSettings(io.env, program.opts<{ profile?: string }>().profile),
    program,
  };
  for (const command of COMMANDS) command.register(program, context);
  program
    .command("help")
    .description("print the help of a command, e.g. switchboard help calls list")
    .argument("[command...]", "the command and its sub-commands")
    .action((names: string[]) => {
      let command: Command = program;
      for (const name of names) {
        const next = command.commands.find((c) => c.name() === name || c.aliases().includes(name));
        if (!next)
          throw new UsageError(
            `unknown command ${JSON.stringify([...commandPath(command), name].join(" "))}; known: ${command.commands.map((c) => c.name()).join(", ")}`,
            { argument: "command" },
          );
        command = next;
      }
      command.outputHelp();
    });
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

/** `calls list` of the `list` command (the program's own name left out). */
function commandPath(command: Command): string[] {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names;
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
