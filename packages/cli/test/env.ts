import { PROVIDERS } from "@switchboard/sdk";
import { inject } from "vitest";
import type { CliIO } from "../src/program.js";

/** Fake keys for every provider, and each provider's base URL pointed at its Prism mock. */
export function mockEnv(): Record<string, string> {
  const urls = inject("prismUrls");
  const env: Record<string, string> = {};
  for (const provider of PROVIDERS) {
    for (const c of provider.credentials)
      if (c.required) env[c.env] = `test-${c.env.toLowerCase()}-0123456789`;
    if (urls[provider.name]) env[provider.baseUrlEnv] = urls[provider.name] as string;
  }
  return env;
}

/** An in-memory CliIO: what the command writes is collected in `out` and `err`. */
export function memoryIO(env: Record<string, string | undefined>, isTTY = false) {
  const io = {
    out: "",
    err: "",
    env,
    stdout: {
      write: (s: string) => {
        io.out += s;
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        io.err += s;
        return true;
      },
      isTTY,
    },
  } satisfies CliIO & { out: string; err: string };
  return io;
}
