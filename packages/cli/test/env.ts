import { type AnyProviderDescriptor, PROVIDERS } from "@switchboard/sdk";
import { inject } from "vitest";
import type { CliIO } from "../src/program.js";

/** One provider's environment: a fake value per required credential, and its base URL at `url` if given. */
export function providerEnv(descriptor: AnyProviderDescriptor, url?: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const c of descriptor.credentials)
    if (c.required) env[c.env] = `test-${c.env.toLowerCase()}-0123456789`;
  if (url) env[descriptor.baseUrlEnv] = url;
  return env;
}

/** Fake keys for every provider, and each provider's base URL pointed at its Prism mock. */
export function mockEnv(): Record<string, string> {
  const urls = inject("prismUrls");
  return Object.assign({}, ...PROVIDERS.map((provider) => providerEnv(provider, urls[provider.name])));
}

/**
 * An in-memory CliIO: what the command writes is collected in `out` and `err`. `isTTY`: stderr is a
 * terminal (progress, footer); `stdout.isTTY`/`columns`: stdout is a terminal of that width (tables), else a
 * pipe (tab-separated rows).
 */
export function memoryIO(
  env: Record<string, string | undefined>,
  isTTY = false,
  stdout: { isTTY?: boolean; columns?: number } = {},
) {
  const io = {
    out: "",
    err: "",
    env: { SWITCHBOARD_CONFIG_DIR: "/nonexistent/switchboard-test-config", ...env },
    stdout: {
      write: (s: string) => {
        io.out += s;
        return true;
      },
      isTTY: stdout.isTTY ?? false,
      columns: stdout.columns,
    },
    stderr: {
      write: (s: string) => {
        io.err += s;
        return true;
      },
      isTTY,
      columns: 100,
    },
  } satisfies CliIO & { out: string; err: string };
  return io;
}

/** A terminal's stdout of `columns` columns, for {@link memoryIO}. */
export const terminal = (columns = 200) => ({ isTTY: true, columns });
