import { inject } from "vitest";
import { PROVIDERS } from "../src/client.js";

/** Fake credentials for every provider, and each provider's base URL pointed at its Prism mock. */
export function mockEnv(): Record<string, string> {
  const urls = inject("prismUrls");
  const env: Record<string, string> = {};
  for (const descriptor of PROVIDERS) {
    for (const c of descriptor.credentials)
      if (c.required) env[c.env] = `test-${c.env.toLowerCase()}-0123456789`;
    if (urls[descriptor.name]) env[descriptor.baseUrlEnv] = urls[descriptor.name] as string;
  }
  return env;
}

/** A `fetch` that records every request (URL and body) before sending it. */
export function recordingFetch() {
  const requests: { url: URL; body: string }[] = [];
  const fetch = async (input: Request, init?: RequestInit) => {
    requests.push({ url: new URL(input.url), body: input.body ? await input.clone().text() : "" });
    return globalThis.fetch(input, init);
  };
  return { fetch, requests };
}
