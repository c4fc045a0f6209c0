/**
 * Property test: each of the four clients, fed randomly chosen hostile answers (status, headers, body
 * shape, truncation, delays, thrown fetch errors, redirects), either returns a result or throws a
 * SwitchboardError; no secret appears in any error, log line or serialisation; no timer is left pending.
 * Default: a short run; `FUZZ_RUNS=500 pnpm --filter @switchboard/normalizer test` runs more.
 */
import { inspect } from "node:util";
import { createButterClient } from "@switchboard/butter";
import { butterResponseValidator } from "@switchboard/butter/validation";
import { createOpenMicClient, SwitchboardError } from "@switchboard/openmic";
import { openMicResponseValidator } from "@switchboard/openmic/validation";
import { createThinnestAIClient } from "@switchboard/thinnestai";
import { thinnestAIResponseValidator } from "@switchboard/thinnestai/validation";
import { createZuduClient } from "@switchboard/zudu";
import { zuduResponseValidator } from "@switchboard/zudu/validation";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeCall } from "../normalize.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const BASE = "http://127.0.0.1:9";
const KEY = "sk_fuzz_KEY_0123456789abcdef";
const SECRET = "s3cr3t_fuzz_SECRET_fedcba9876";
const SECRETS = [KEY, SECRET];

/** One hostile answer (or failure) for one request. */
type Step =
  | { kind: "answer"; status: number; headers: Record<string, string>; body: string | null; delayMs: number }
  | { kind: "throw"; message: string }
  | { kind: "stall" }
  | { kind: "broken-body"; status: number; partial: string };

const echo = fc.constantFrom("", KEY, SECRET, `Bearer ${KEY}`, encodeURIComponent(`${KEY}"`), `x${SECRET}y`);

/** A JSON value of a hostile shape, possibly echoing a secret. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, [], {}, "", 0, true, "text", { data: null }, { calls: {} }, { data: {} }),
  fc.jsonValue({ maxDepth: 3 }),
  echo.map((e) => ({ error: `invalid key ${e}`, message: e, detail: { nested: [[{ key: e }]] } })),
  fc.record({
    status: fc.constantFrom("error", "success"),
    success: fc.boolean(),
    data: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ calls: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), total: fc.integer() }),
  fc.record({
    calls: fc.array(fc.record({ call_id: fc.string(), agent_id: fc.string(), id: fc.integer() }), {
      maxLength: 3,
    }),
    pagination: fc.record({ has_more: fc.boolean(), next_cursor: fc.option(fc.string()) }),
  }),
  fc.record({
    success: fc.constant(true),
    data: fc.oneof(
      fc.array(fc.record({ call_sid: fc.string() }), { maxLength: 3 }),
      fc.record({ call_sid: fc.string(), agent_id: fc.string() }),
    ),
    pagination: fc.record({ has_more: fc.boolean(), next_cursor: fc.string() }),
  }),
  fc.record({
    status: fc.constant("success"),
    data: fc.record({
      call_id: fc.string(),
      agent_id: fc.string(),
      calls: fc.array(fc.record({ call_id: fc.string() }), { maxLength: 2 }),
    }),
  }),
  fc.integer({ min: 65, max: 300 }).map((depth) => {
    let v: unknown = { key: KEY };
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  }),
);

/** A body text: JSON of a hostile shape, cut short, HTML, or nothing. */
const bodyText: fc.Arbitrary<string | null> = fc.oneof(
  hostileJson.map((v) => JSON.stringify(v) ?? "null"),
  fc.tuple(hostileJson, fc.nat()).map(([v, cut]) => {
    const text = JSON.stringify(v) ?? "null";
    return text.slice(0, cut % (text.length + 1));
  }),
  echo.map((e) => `<html><body>${"x".repeat(190)}${e}</body></html>`),
  fc.constant(null),
);

const headers: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    "content-type": fc.constantFrom("application/json", "text/html", "application/json; charset=utf-8", ""),
    "retry-after": fc.constantFrom(
      "0",
      "1",
      "999999",
      "-1",
      "soon",
      "Thu, 01 Jan 1970 00:00:00 GMT",
      "0.001",
    ),
    "retry-after-ms": fc.constantFrom("0", "2", "1e9", "NaN"),
    location: fc.constantFrom(
      "http://evil.invalid/steal",
      "/v1/calls",
      "//evil.invalid/x",
      "http://127.0.0.1:10/x",
      "::bad::",
    ),
    "x-echo": echo,
  },
  { requiredKeys: [] },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("answer" as const),
      status: fc.oneof(
        fc.constantFrom(
          200,
          200,
          200,
          201,
          204,
          301,
          302,
          303,
          307,
          308,
          400,
          401,
          403,
          404,
          409,
          422,
          429,
          500,
          503,
        ),
        fc.integer({ min: 200, max: 599 }),
      ),
      headers,
      body: bodyText,
      delayMs: fc.integer({ min: 0, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: echo.map((e) => ({ kind: "throw" as const, message: `fetch failed: header ${e}\n` })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "stall" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("broken-body" as const),
      status: fc.constantFrom(200, 500),
      partial: echo.map((e) => `{"calls":[{"id":"${e}`),
    }),
  },
);

/** A fetch that answers each request with the next step (the last repeats). */
function hostileFetch(steps: Step[]) {
  let i = 0;
  return async (_request: Request, init?: RequestInit): Promise<Response> => {
    const s = steps[Math.min(i++, steps.length - 1)] as Step;
    if (s.kind === "throw") throw new TypeError(s.message);
    if (s.kind === "stall") {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")), {
          once: true,
        });
      });
    }
    if (s.kind === "broken-body") {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(s.partial));
          controller.error(new TypeError(`terminated ${KEY}`));
        },
      });
      return new Response(stream, { status: s.status, headers: { "content-type": "application/json" } });
    }
    if (s.delayMs) await new Promise((r) => setTimeout(r, s.delayMs));
    const nullBody = s.status === 204 || s.status === 205 || s.status === 304;
    return new Response(nullBody ? null : s.body, { status: s.status, headers: s.headers });
  };
}

type Operation = { op: "get"; id: string | number } | { op: "list" } | { op: "iterate"; maxItems: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    op: fc.constant("get" as const),
    id: fc.oneof(fc.constantFrom("call_1", "..", ".", "", "a/b", "%2e"), fc.string()),
  }),
  fc.constant({ op: "list" as const }),
  fc.record({ op: fc.constant("iterate" as const), maxItems: fc.integer({ min: 0, max: 6 }) }),
);

const common = (steps: Step[], lines: string[]) => ({
  baseUrl: BASE,
  fetch: hostileFetch(steps),
  maxRetries: 1,
  maxRetryDelayMs: 2,
  timeoutMs: 40,
  logLevel: "debug" as const,
  logger: {
    debug: (m: string) => lines.push(m),
    info: (m: string) => lines.push(m),
    warn: (m: string) => lines.push(m),
    error: (m: string) => lines.push(m),
  },
});

const CLIENTS = {
  openmic: (steps: Step[], lines: string[], validate: boolean) =>
    createOpenMicClient({
      apiKey: KEY,
      validateResponses: validate,
      responseValidator: openMicResponseValidator,
      ...common(steps, lines),
    }),
  zudu: (steps: Step[], lines: string[], validate: boolean) =>
    createZuduClient({
      apiKey: KEY,
      apiSecret: SECRET,
      validateResponses: validate,
      responseValidator: zuduResponseValidator,
      ...common(steps, lines),
    }),
  thinnestai: (steps: Step[], lines: string[], validate: boolean) =>
    createThinnestAIClient({
      apiKey: KEY,
      validateResponses: validate,
      responseValidator: thinnestAIResponseValidator,
      ...common(steps, lines),
    }),
  butter: (steps: Step[], lines: string[], validate: boolean) =>
    createButterClient({
      apiKey: KEY,
      validateResponses: validate,
      responseValidator: butterResponseValidator,
      ...common(steps, lines),
    }),
};

/** Timers keeping the process alive. */
const pendingTimers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

describe("hostile responses (property test)", () => {
  for (const [provider, create] of Object.entries(CLIENTS)) {
    // The client's own credentials (only Zudu has a second one).
    const secrets = provider === "zudu" ? SECRETS : [KEY];
    it(`${provider}: every outcome is a result or a SwitchboardError, and no secret leaks`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(step, { minLength: 1, maxLength: 4 }),
          operation,
          fc.boolean(),
          async (steps, op, validate) => {
            const lines: string[] = [];
            const timersBefore = pendingTimers();
            const client = create(steps, lines, validate) as ReturnType<typeof CLIENTS.openmic>;
            let outcome: unknown;
            try {
              if (op.op === "get") {
                const id = provider === "thinnestai" ? Number.parseInt(String(op.id), 10) || 1 : op.id;
                const call = await client.getCall(id as never);
                outcome = call;
                // What the CLI does with a call: normalize and serialise it.
                try {
                  JSON.stringify(normalizeCall(provider as "openmic", call));
                } catch (error) {
                  expect((error as Error).name).toBe("NormalizeError");
                }
              } else if (op.op === "list") {
                outcome = (await client.listCalls()).data;
              } else {
                const items: unknown[] = [];
                for await (const item of client.iterateCalls({}, { maxItems: op.maxItems })) items.push(item);
                expect(items.length).toBeLessThanOrEqual(op.maxItems);
                outcome = items;
              }
            } catch (error) {
              if (!(error instanceof SwitchboardError)) {
                throw new Error(
                  `${provider} threw a ${(error as Error)?.name}: ${(error as Error)?.message}`,
                );
              }
              const seen = `${error.message} ${JSON.stringify(error)} ${inspect(error, { depth: 20 })}`;
              for (const secret of secrets) expect(seen).not.toContain(secret);
              for (const secret of secrets) expect(seen).not.toContain(secret.slice(0, 12));
            }
            for (const secret of secrets) expect(lines.join("\n")).not.toContain(secret);
            expect(outcome === undefined || typeof outcome === "object").toBe(true);
            // No timer of the client is left behind (a few ms of grace for the test runner's own messages;
            // a leaked attempt timer would outlive them: it runs for timeoutMs, 40 ms).
            for (let i = 0; i < 3 && pendingTimers() > timersBefore; i++)
              await new Promise((r) => setTimeout(r, 2));
            expect(pendingTimers()).toBeLessThanOrEqual(timersBefore);
          },
        ),
        { numRuns: RUNS },
      );
      // Runs are bounded (RUNS); the clock is generous so a busy machine slows the run down, not fails it.
    }, 60_000);
  }
});
