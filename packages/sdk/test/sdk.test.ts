import { APIUserAbortError, AuthenticationError, NotFoundError } from "@switchboard/core";
import type { Call } from "@switchboard/normalizer";
import { type FaultServer, startFaultServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createSwitchboard, PROVIDER_NAMES, PROVIDERS, type ProviderName } from "../src/client.js";
import { FILTER_NAMES } from "../src/descriptor.js";
import {
  ConfigurationError,
  InvalidArgumentError,
  InvalidCallIdError,
  type ProviderFailure,
} from "../src/errors.js";
import { newestFirst } from "../src/filters.js";
import { mockEnv, recordingFetch } from "./env.js";

let fault: FaultServer | undefined;
afterEach(async () => {
  await fault?.close();
  fault = undefined;
});

async function all(stream: AsyncIterable<Call>): Promise<Call[]> {
  const out: Call[] = [];
  for await (const call of stream) out.push(call);
  return out;
}

describe("createSwitchboard: configuration", () => {
  it("provider names are a union type from the registry: a typo does not compile, and is refused at run time", () => {
    // @ts-expect-error "retel" is not a provider name (the union is generated from src/providers/)
    expect(() => createSwitchboard({ env: {}, only: ["retel"] })).toThrow(InvalidArgumentError);
    const sb = createSwitchboard({ env: { RETELL_API_KEY: "k" } });
    // @ts-expect-error "vapy" is not a provider name
    expect(() => sb.iterateCalls({ providers: ["vapy"] })).toThrow(/vapy/);
  });

  it("uses every provider whose keys are in the environment, and only those", () => {
    const env = mockEnv();
    expect(createSwitchboard({ env }).providers).toEqual([...PROVIDER_NAMES].sort());
    delete env.ZUDU_API_SECRET;
    expect(createSwitchboard({ env }).providers).not.toContain("zudu");
    expect(() => createSwitchboard({ env, only: ["zudu"] })).toThrow(/zudu: ZUDU_API_SECRET is not set/);
  });

  it("rejects a blank key and a base URL that is not a URL, naming the variable and never the value", () => {
    const blank = { ...mockEnv(), OPENMIC_API_KEY: "   " };
    expect(() => createSwitchboard({ env: blank })).toThrow(ConfigurationError);
    expect(() => createSwitchboard({ env: blank })).toThrow(/OPENMIC_API_KEY is blank/);
    const badUrl = { ...mockEnv(), ZUDU_BASE_URL: "not a url" };
    expect(() => createSwitchboard({ env: badUrl })).toThrow(/ZUDU_BASE_URL must be an http\(s\) URL/);
    expect(() => createSwitchboard({ env: {} })).toThrow(/no provider is configured/);
  });

  it("passes concurrency to every provider's client, and rejects a bad one", async () => {
    const sb = createSwitchboard({ env: mockEnv(), concurrency: 3 });
    for (const name of sb.providers) expect(sb.client(name).limiter.state().concurrency).toBe(3);
    const calls = await all(sb.iterateCalls());
    expect(new Set(calls.map((c) => c.provider))).toEqual(new Set(PROVIDER_NAMES));
    expect(() => createSwitchboard({ env: mockEnv(), concurrency: 0 })).toThrow(/concurrency/);
  });

  it("takes explicit options instead of the environment", () => {
    const sb = createSwitchboard({ providers: { openmic: { apiKey: "k_0123456789" } }, env: mockEnv() });
    expect(sb.providers).toEqual(["openmic"]);
    expect(() => sb.getCall("zudu", "x")).not.toThrow();
  });
});

describe("iterateCalls across the Prism mocks of every provider", () => {
  it("merges every provider newest first; --limit 1 is the newest call overall", async () => {
    const sb = createSwitchboard({ env: mockEnv() });
    const stream = sb.iterateCalls();
    const calls = await all(stream);
    expect(stream.errors).toEqual([]);
    expect(new Set(calls.map((c) => c.provider))).toEqual(new Set(PROVIDER_NAMES));
    expect(calls).toEqual([...calls].sort(newestFirst));
    expect(await all(sb.iterateCalls({ limit: 1 }))).toEqual([calls[0]]);
    const arrival = await all(sb.iterateCalls({ order: "arrival" }));
    expect([...arrival].sort(newestFirst)).toEqual(calls);
  });

  it("marks list rows without a transcript as summaries (ThinnestAI, Butter)", async () => {
    const calls = await all(
      createSwitchboard({ env: mockEnv() }).iterateCalls({ providers: ["thinnestai"] }),
    );
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.detail).toBe("summary");
      expect(call.transcript).toBeUndefined();
    }
  });

  // Each unified filter on each provider: the native parameter is sent exactly when the descriptor
  // declares one (docs/mapping.md), and every call that comes out satisfies the filter.
  const values = (calls: Call[]) => ({
    since: "2020-01-01T00:00:00Z",
    until: "2099-12-31T23:59:59Z",
    status: "ended" as const,
    direction: "outbound" as const,
    agentId: calls.find((c) => c.agentId)?.agentId ?? "agent",
  });
  for (const descriptor of PROVIDERS) {
    for (const filter of FILTER_NAMES) {
      const native = descriptor.filters[filter];
      it(`${descriptor.name} × ${filter}: ${native ? `native (${native.param})` : "client-side"}`, async () => {
        const unfiltered = await all(
          createSwitchboard({ env: mockEnv() }).iterateCalls({
            providers: [descriptor.name as ProviderName],
          }),
        );
        const value = values(unfiltered)[filter];
        const { fetch, requests } = recordingFetch();
        const sb = createSwitchboard({ env: mockEnv(), fetch });
        const stream = sb.iterateCalls({ providers: [descriptor.name as ProviderName], [filter]: value });
        const calls = await all(stream);
        expect(stream.errors).toEqual([]);
        const sent = requests.map((r) => `${r.url.search} ${r.body}`).join("\n");
        const param = native?.param.split(".").pop() as string;
        if (native) expect(sent).toContain(param);
        // The walk's snapshot pin (`to_date`, `end_date`) and its time windows (the list's time filter) are
        // sent whatever the filters: they are not filters.
        else {
          const walk = new Set([
            descriptor.listing.snapshot,
            ...(descriptor.listing.timeFilter?.split("/") ?? []),
          ]);
          for (const other of Object.values(descriptor.filters))
            if (other && !walk.has(other.param)) expect(sent).not.toContain(other.param);
        }
        const expected = unfiltered.filter((c) => {
          if (filter === "since")
            return c.startedAt !== undefined && c.startedAt >= "2020-01-01T00:00:00.000Z";
          if (filter === "until")
            return c.startedAt !== undefined && c.startedAt <= "2099-12-31T23:59:59.000Z";
          if (filter === "status") return c.status.unified === value;
          if (filter === "direction") return c.direction === value;
          return c.agentId === value;
        });
        // Prism answers the same example whatever the filter: what comes out is the client-side check.
        expect(calls).toEqual(expected);
      });
    }
  }

  it("rejects bad filters before any request", () => {
    const sb = createSwitchboard({ env: mockEnv() });
    expect(() => sb.iterateCalls({ since: "2026-02-30" })).toThrow(InvalidArgumentError);
    expect(() => sb.iterateCalls({ until: "2026-01-01junk" })).toThrow(/until: must be an ISO 8601/);
    // @ts-expect-error not a provider name: refused at run time too
    expect(() => sb.iterateCalls({ providers: ["nope"] })).toThrow(/unknown provider "nope"/);
  });
});

describe("partial failure", () => {
  it("a provider answering 401 is reported with its typed error and request id; the others' calls arrive", async () => {
    fault = await startFaultServer(() => ({
      status: 401,
      headers: { "x-request-id": "req_butter_401" },
      body: { success: false, error: "Invalid API key" },
    }));
    const failures: ProviderFailure[] = [];
    const sb = createSwitchboard({ env: { ...mockEnv(), BUTTER_BASE_URL: fault.url } });
    const stream = sb.iterateCalls({ onError: (f) => failures.push(f) });
    const calls = await all(stream);
    expect(new Set(calls.map((c) => c.provider))).toEqual(
      new Set(PROVIDER_NAMES.filter((p) => p !== "butter")),
    );
    expect(stream.errors).toHaveLength(1);
    expect(stream.errors[0]).toMatchObject({ provider: "butter", requestId: "req_butter_401" });
    expect(stream.errors[0]?.error).toBeInstanceOf(AuthenticationError);
    expect(failures).toEqual(stream.errors);
    expect(fault.requests).toHaveLength(1); // 401 is not retried, and nothing more is asked
  });

  it("a provider that times out is reported as soon as it fails, while the others stream", async () => {
    fault = await startFaultServer(() => ({ stall: true }));
    const sb = createSwitchboard({
      env: { ...mockEnv(), OPENMIC_BASE_URL: fault.url },
      timeoutMs: 300,
      maxRetries: 0,
    });
    const stream = sb.iterateCalls({ order: "arrival" });
    const calls = await all(stream);
    expect(calls.some((c) => c.provider === "openmic")).toBe(false);
    expect(calls.length).toBeGreaterThan(0);
    expect(stream.errors.map((e) => [e.provider, e.error.name])).toEqual([["openmic", "APITimeoutError"]]);
  });
});

describe("partial failure: the failed provider stops at once", () => {
  it("reports a failing look-ahead page immediately and yields nothing more of that provider", async () => {
    const row = (i: number) => ({
      call_type: "phonecall",
      from_number: "+15550000000",
      to_number: "+15550000001",
      direction: "outbound",
      call_id: `om_${i}`,
      agent_id: "bot",
      call_status: "ended",
      start_timestamp: 1_700_000_000_000 - i * 1000,
    });
    fault = await startFaultServer((_req, index) =>
      index === 0
        ? {
            body: {
              calls: [row(0), row(1), row(2)],
              pagination: { limit: 3, offset: 0, total: 9, has_more: true },
            },
          }
        : { status: 500, headers: { "x-request-id": "req_page2" }, body: { error: "outage" } },
    );
    const events: string[] = [];
    const sb = createSwitchboard({ env: { ...mockEnv(), OPENMIC_BASE_URL: fault.url }, maxRetries: 0 });
    const stream = sb.iterateCalls({
      order: "arrival",
      providers: ["openmic"],
      onError: (f) => events.push(`error ${f.provider} ${f.error.name} ${f.requestId}`),
    });
    for await (const call of stream) {
      events.push(`call ${call.id}`);
      await new Promise((r) => setTimeout(r, 300)); // a slow consumer: the look-ahead fails meanwhile
    }
    expect(events).toEqual(["call om_0", "error openmic InternalServerError req_page2"]);
    expect(fault.requests).toHaveLength(2);
  });
});

describe("getCall", () => {
  it("gets one call normalized, with the response beside it", async () => {
    const sb = createSwitchboard({ env: mockEnv() });
    const { data, response } = await sb.getCall("thinnestai", "77").withResponse();
    expect(data).toMatchObject({ provider: "thinnestai", id: "77", detail: "full" });
    expect(response.status).toBe(200);
    expect(await sb.getCall("thinnestai", 77)).toEqual(data);
  });

  it("rejects a non-numeric ThinnestAI id with a typed error, before any request", async () => {
    const { fetch, requests } = recordingFetch();
    const sb = createSwitchboard({ env: mockEnv(), fetch });
    await expect(sb.getCall("thinnestai", "abc")).rejects.toBeInstanceOf(InvalidCallIdError);
    await expect(sb.getCall("thinnestai", "abc")).rejects.toThrow('thinnestai: invalid call id "abc"');
    expect(requests).toEqual([]);
  });

  it("passes the provider's typed errors through", async () => {
    const sb = createSwitchboard({ env: mockEnv() });
    const error = await sb
      .getCall("openmic", "x", { headers: { Prefer: "code=404" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

describe("cancellation", () => {
  it("the caller's signal ends the listing with APIUserAbortError and reports no provider as failed", async () => {
    fault = await startFaultServer(() => ({ stall: true }));
    const controller = new AbortController();
    const sb = createSwitchboard({ env: { ...mockEnv(), BUTTER_BASE_URL: fault.url } });
    const stream = sb.iterateCalls({ signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    await expect(all(stream)).rejects.toBeInstanceOf(APIUserAbortError);
    expect(stream.errors).toEqual([]);
  });
});

describe("options reach every provider's client", () => {
  it("maxRetryDelayMs (a core client option) reaches the provider's client; an unknown option is refused by name", async () => {
    // A 429 asking for a 2 s wait, then the call: waited out by default, refused at once under a 100 ms cap.
    const answers = (_req: unknown, index: number) =>
      index % 2 === 0
        ? { status: 429, headers: { "retry-after": "2" }, body: { error: "slow down" } }
        : {
            body: {
              call_id: "om_1",
              agent_id: "bot",
              call_status: "ended",
              call_type: "phonecall",
              start_timestamp: 1_700_000_000_000,
            },
          };
    fault = await startFaultServer(answers);
    const env = { OPENMIC_API_KEY: "k_test_0123456789", OPENMIC_BASE_URL: fault.url };
    const capped = createSwitchboard({ env, maxRetries: 1, maxRetryDelayMs: 100 });
    const started = Date.now();
    const error = await capped.getCall("openmic", "om_1").catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RateLimitError", retryAfterMs: 2000 });
    expect(Date.now() - started).toBeLessThan(1500);
    const waited = await createSwitchboard({ env, maxRetries: 1 }).getCall("openmic", "om_1");
    expect(waited.id).toBe("om_1");

    expect(() => createSwitchboard({ env, maxRetryDelay: 5 } as never)).toThrow(
      /maxRetryDelay: unknown option; known: providers, env, only, webhooks, baseUrl/,
    );
  });
});
