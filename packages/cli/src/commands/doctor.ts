import {
  APIConnectionError,
  APITimeoutError,
  AuthenticationError,
  PermissionDeniedError,
} from "@switchboard/core";
import { PROVIDERS, type ProviderName } from "@switchboard/sdk";
import { apiKeyVariable, type CliCommand, type CliIO, connect, writeOut } from "../context.js";
import { EXIT, exitCodeOf } from "../errors.js";
import { rowsGrid } from "../format.js";
import { providerOption, selectionOf } from "../options.js";
import { formatOption, outputFormat, renderFor } from "../output.js";
import type { ResolvedSettings } from "../settings.js";

/** One provider's line of `switchboard doctor`. */
export interface DoctorRow {
  provider: string;
  /** Every required credential is set (environment, profile or `--api-key`). */
  configured: boolean;
  /** Where its credentials come from (`env`, `profile <name>`, `--api-key`), or what is missing. */
  source: string;
  /** The base URL its client calls. */
  baseUrl: string;
  /** With `--check`: `ok`, `401 unauthorized`, `403 forbidden`, `unreachable (…)`, or the error's class and message. */
  check?: string | undefined;
  /** The failure's exit code (with `--check`), when the check failed. */
  exitCode?: number | undefined;
}

/** The result of one check: `ok`, or what failed, in the words a person looks for. */
function describeCheck(error: unknown): string {
  if (error instanceof AuthenticationError) return "401 unauthorized (the key is wrong or revoked)";
  if (error instanceof PermissionDeniedError) return "403 forbidden (the key lacks access)";
  if (error instanceof APIConnectionError || error instanceof APITimeoutError)
    return `unreachable (${(error as Error).message.split("\n")[0]})`;
  const e = error as Error;
  return `${e.name}: ${e.message.split("\n")[0]}`;
}

/**
 * One cheap authenticated request to `provider`: its call list, asked for one call. Resolves to
 * `undefined` when it answered, else the error.
 */
async function checkProvider(io: CliIO, provider: ProviderName): Promise<unknown> {
  try {
    const sb = connect(io, [provider]);
    const stream = sb.iterateCalls({ limit: 1, order: "arrival", signal: io.signal });
    for await (const _ of stream) break;
    return stream.errors[0]?.error;
  } catch (error) {
    return error;
  }
}

/** The rows of `doctor` (without checks): every provider of the registry, configured or not. */
export function doctorRows(settings: ResolvedSettings): DoctorRow[] {
  return PROVIDERS.map((d) => {
    const required = d.credentials.filter((c) => c.required);
    const missing = required.filter((c) => !settings.env[c.env]?.trim()).map((c) => c.env);
    const sources = [...new Set(required.map((c) => settings.source[c.env]))].filter(Boolean);
    return {
      provider: d.name,
      configured: missing.length === 0,
      source: missing.length === 0 ? sources.join(", ") : `not configured (${missing.join(", ")} not set)`,
      baseUrl: settings.env[d.baseUrlEnv]?.trim() || d.defaultBaseUrl,
    };
  });
}

/**
 * `switchboard doctor [--check]`: every provider of the registry, configured or not, where its credentials
 * come from and the base URL it calls; with `--check`, one cheap authenticated request per configured
 * provider (its call list, one call) reported as ok / 401 / 403 / unreachable; a provider named with
 * `--provider` that is not configured fails its check (exit 2). Exit status: 0 when every check passed; the
 * failure's code when the one checked provider failed (3 for a 401, 8 unreachable, 2 not configured); 13
 * when some of several failed.
 */
export const doctorCommand: CliCommand = {
  register(program, { io, setExitCode, settings }) {
    program
      .command("doctor")
      .description(
        "Which providers are configured (env, profile or --api-key) and which base URL each calls; --check makes one authenticated request each.",
      )
      .addOption(providerOption())
      .option(
        "--check",
        "make one cheap authenticated request per configured provider (its call list, 1 call)",
      )
      .addOption(formatOption(["table", "tsv", "json"]))
      .action(async (opts: { provider?: string[]; check?: boolean; format?: "table" | "tsv" | "json" }) => {
        const selection = selectionOf(opts.provider);
        let resolved = settings();
        const apiKey = apiKeyVariable(io, selection);
        if (apiKey)
          resolved = {
            ...resolved,
            env: { ...resolved.env, [apiKey]: io.flags?.apiKey },
            source: { ...resolved.source, [apiKey]: "--api-key" },
          };
        const rows = doctorRows(resolved).filter(
          (r) => selection === "all" || selection.includes(r.provider as ProviderName),
        );
        // A provider named with --provider and not configured fails the check: it was asked for.
        if (opts.check && selection !== "all")
          for (const r of rows)
            if (!r.configured) Object.assign(r, { check: r.source, exitCode: EXIT.config });
        if (opts.check)
          await Promise.all(
            rows
              .filter((r) => r.configured)
              .map(async (r) => {
                const error = await checkProvider(io, r.provider as ProviderName);
                r.check = error === undefined ? "ok" : describeCheck(error);
                r.exitCode = error === undefined ? undefined : exitCodeOf(error);
              }),
          );
        const format = outputFormat(io, opts, ["table", "tsv", "json"] as const);
        if (format === "json") await writeOut(io, `${JSON.stringify(rows, null, 2)}\n`);
        else
          await writeOut(
            io,
            renderFor(
              io,
              rowsGrid(
                ["provider", "configured", "source", "base URL", ...(opts.check ? ["check"] : [])],
                rows.map((r) => [
                  r.provider,
                  r.configured ? "yes" : "no",
                  r.source,
                  r.baseUrl,
                  ...(opts.check ? [r.check ?? "— (not configured)"] : []),
                ]),
              ),
              format,
            ),
          );
        if (io.stderr.isTTY === true)
          io.stderr.write(`profile ${resolved.profile}; environment variables win over it\n`);
        const failed = rows.filter((r) => r.exitCode !== undefined);
        const checked = rows.filter((r) => r.check !== undefined);
        if (failed.length === 0) return setExitCode(EXIT.ok);
        setExitCode(
          checked.length === 1 ? (failed[0]?.exitCode ?? EXIT.providerFailed) : EXIT.providerFailed,
        );
      });
  },
};
