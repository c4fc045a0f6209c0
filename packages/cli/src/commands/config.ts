import { InvalidArgumentError as UsageError } from "@switchboard/core";
import { type CliCommand, type CliIO, group, writeOut } from "../context.js";
import { rowsGrid } from "../format.js";
import { formatOption, outputFormat, renderFor } from "../output.js";
import { CONFIG_KEYS, configKey, configPath, DEFAULT_PROFILE, readConfig, writeConfig } from "../settings.js";

/** What `config get`/`list` print for a secret: that it is set, never any part of it. */
export const SECRET_SHOWN = "(set, hidden)";

/** The profile of a `config` command: `--profile`, else `SWITCHBOARD_PROFILE`, else `default`. */
function profileOf(io: CliIO, program: { opts(): { profile?: string } }): string {
  return program.opts().profile ?? (io.env.SWITCHBOARD_PROFILE || DEFAULT_PROFILE);
}

/** Reads a value from stdin (`config set retell.apiKey` with the key piped in, out of the shell's history). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").trim();
}

/**
 * `switchboard config set|get|unset|list|path`: API keys, base URLs and webhook secrets per profile, in a config
 * file under the user's config directory (owner-only permissions). Secrets are never printed: `get` and `list`
 * say `(set, hidden)`. Environment variables win over the profile; `--api-key` over both.
 */
export const configCommand: CliCommand = {
  register(program, { io }) {
    const config = group(
      program,
      "config",
      "Keep API keys, base URLs and webhook secrets per profile (--profile), in your config directory.",
    ).addHelpText(
      "after",
      `\nKeys:\n${CONFIG_KEYS.map((k) => `  ${k.key.padEnd(26)} ${k.env}`).join("\n")}\n`,
    );
    config
      .command("set")
      .description(
        "set a key of the profile (value from stdin when omitted, to keep secrets out of shell history)",
      )
      .argument("<key>", "e.g. retell.apiKey, zudu.apiSecret, vapi.baseUrl, thinnestai.webhookSecret")
      .argument("[value]", "the value (default: read from stdin)")
      .action(async (key: string, value: string | undefined) => {
        const known = configKey(key);
        const text = value ?? (await readStdin());
        if (text.trim() === "") throw new UsageError(`${key}: the value is blank`, { argument: "value" });
        const profile = profileOf(io, program);
        const file = readConfig(io.env);
        file.profiles[profile] = { ...file.profiles[profile], [known.key]: text };
        const path = writeConfig(io.env, file);
        io.stderr.write(
          `${known.key} set in profile ${profile} (${path})${io.env[known.env]?.trim() ? `; note: ${known.env} is set in the environment and wins` : ""}\n`,
        );
      });
    config
      .command("get")
      .description("print a key of the profile (a secret prints as (set, hidden))")
      .argument("<key>", "e.g. vapi.baseUrl")
      .action(async (key: string) => {
        const known = configKey(key);
        const profile = profileOf(io, program);
        const value = readConfig(io.env).profiles[profile]?.[known.key];
        if (value === undefined)
          throw new UsageError(`${known.key} is not set in profile ${profile}`, { argument: "key" });
        await writeOut(io, `${known.secret ? SECRET_SHOWN : value}\n`);
      });
    config
      .command("unset")
      .description("remove a key from the profile")
      .argument("<key>", "e.g. retell.apiKey")
      .action(async (key: string) => {
        const known = configKey(key);
        const profile = profileOf(io, program);
        const file = readConfig(io.env);
        const values = { ...file.profiles[profile] };
        delete values[known.key];
        file.profiles[profile] = values;
        writeConfig(io.env, file);
        io.stderr.write(`${known.key} removed from profile ${profile}\n`);
      });
    config
      .command("list")
      .description("list every profile's keys (secrets hidden)")
      .addOption(formatOption(["table", "tsv", "json"]))
      .action(async (opts: { format?: "table" | "tsv" | "json" }) => {
        const file = readConfig(io.env);
        const rows = Object.entries(file.profiles).flatMap(([profile, values]) =>
          Object.entries(values).map(([key, value]) => {
            const secret = CONFIG_KEYS.find((k) => k.key === key)?.secret ?? true;
            return [profile, key, secret ? SECRET_SHOWN : value];
          }),
        );
        const format = outputFormat(io, opts, ["table", "tsv", "json"] as const);
        if (format === "json")
          await writeOut(
            io,
            `${JSON.stringify(
              rows.map(([profile, key, value]) => ({ profile, key, value })),
              null,
              2,
            )}\n`,
          );
        else if (rows.length === 0) io.stderr.write(`no profile yet (${configPath(io.env)})\n`);
        else await writeOut(io, renderFor(io, rowsGrid(["profile", "key", "value"], rows), format));
      });
    config
      .command("path")
      .description("print the config file's path")
      .action(async () => {
        await writeOut(io, `${configPath(io.env)}\n`);
      });
  },
};
