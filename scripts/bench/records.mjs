/**
 * Realistic, reproducible call records for the benchmarks: each provider's seed example (the `getCall`
 * example named `seed` in specs/<provider>.yaml) with a 20-turn transcript and varied ids, times, durations,
 * costs and statuses, drawn by fast-check from a fixed seed.
 */
import fc from "fast-check";
import { loadSpec, seedCall as seedOf } from "../specs.mjs";

/** The seed call of a provider (envelopes unwrapped), or undefined when the spec has none. */
export function seedCall(provider) {
  return seedOf(loadSpec(provider));
}

const TEXTS = [
  "Hello! How can I help you today?",
  "I'd like to check the status of my order, please.",
  "Of course. Could you give me the order number?",
  "It's 4471-2209, placed last Tuesday.",
  "Thanks. The order shipped yesterday and should arrive on Friday.",
];
const text = (i) => TEXTS[i % TEXTS.length];
const T0 = Date.parse("2026-03-09T10:00:00Z");

/** Per provider: the seed call varied by one drawn sample `v` and index `i`. */
const VARY = {
  openmic: (seed, v, i) => ({
    ...seed,
    call_id: `call_${i}_${v.id}`,
    call_status: v.pick(["ended", "ended", "ongoing", "error", "registered"]),
    start_timestamp: T0 + v.offsetMs,
    end_timestamp: T0 + v.offsetMs + v.durationMs,
    duration_ms: v.durationMs,
    transcript: Array.from({ length: 20 }, (_, t) => [t % 2 ? "user" : "assistant", text(t + i)]),
    call_cost: { ...seed.call_cost, total_cost: v.cost, llm_cost: v.cost / 4 },
    latency: { ...seed.latency, e2e_median_latency: v.latencyS },
  }),
  zudu: (seed, v, i) => ({
    ...seed,
    call_id: `call_${i}_${v.id}`,
    call_status: v.pick(["ENDED", "ENDED", "ONGOING", "ERROR", "REGISTERED"]),
    start_timestamp: T0 + v.offsetMs,
    end_timestamp: T0 + v.offsetMs + v.durationMs,
    call_duration: v.durationMs,
    disconnection_reason: v.pick(["USER_HANGUP", "AGENT_HANGUP", "VOICEMAIL_REACHED"]),
    transcript_object: Array.from({ length: 20 }, (_, t) => ({
      role: t % 2 ? "user" : "assistant",
      content: text(t + i),
      timestamp: T0 + v.offsetMs + t * 4000,
      words: [
        {
          word: text(t + i).split(" ")[0],
          start: T0 + v.offsetMs + t * 4000,
          end: T0 + v.offsetMs + t * 4000 + 400,
        },
      ],
    })),
    call_cost: { ...seed.call_cost, combined_cost: v.cost },
  }),
  thinnestai: (seed, v, i) => ({
    ...seed,
    id: i,
    status: v.pick(["ended", "ended", "active", "error", "pending"]),
    started_at: new Date(T0 + v.offsetMs).toISOString().replace(".000Z", "Z"),
    ended_at: new Date(T0 + v.offsetMs + v.durationMs).toISOString().replace(".000Z", "Z"),
    duration_seconds: v.durationMs / 1000,
    transcript: Array.from({ length: 20 }, (_, t) => ({
      role: t % 2 ? "user" : "assistant",
      content: text(t + i),
      timestamp: String(t * 4.2),
    })),
    cost: { ...seed.cost, total_usd: v.cost },
    latency_ms: Math.round(v.latencyS * 1000),
  }),
  butter: (seed, v, i) => ({
    ...seed,
    call_sid: `call_${i}_${v.id}`,
    status: v.pick(["completed", "completed", "in-progress", "failed", "no-answer"]),
    start_time: new Date(T0 + v.offsetMs).toISOString(),
    end_time: new Date(T0 + v.offsetMs + v.durationMs).toISOString(),
    duration_seconds: v.durationMs / 1000,
    total_cost: v.cost * 100,
    transcript: Array.from({ length: 20 }, (_, t) => ({
      turn: t + 1,
      speaker: t % 2 ? "user" : "assistant",
      text: text(t + i),
      relative_time: t * 4.2,
      timestamp: new Date(T0 + v.offsetMs + t * 4200).toISOString(),
    })),
  }),
  retell: (seed, v, i) => ({
    ...seed,
    call_id: `call_${i}_${v.id}`,
    call_status: v.pick(["ended", "ended", "ongoing", "error", "registered"]),
    start_timestamp: T0 + v.offsetMs,
    end_timestamp: T0 + v.offsetMs + v.durationMs,
    disconnection_reason: v.pick(["user_hangup", "agent_hangup", "voicemail_reached"]),
    transcript_object: Array.from({ length: 20 }, (_, t) => ({
      role: t % 2 ? "user" : "agent",
      content: text(t + i),
      words: [{ word: text(t + i).split(" ")[0], start: t * 4.2, end: t * 4.2 + 0.4 }],
    })),
    call_cost: { ...seed.call_cost, combined_cost: v.cost * 100 },
  }),
  vapi: (seed, v, i) => ({
    ...seed,
    id: `call_${i}_${v.id}`,
    status: v.pick(["ended", "ended", "in-progress", "queued", "ringing"]),
    createdAt: new Date(T0 + v.offsetMs - 3000).toISOString(),
    startedAt: new Date(T0 + v.offsetMs).toISOString(),
    endedAt: new Date(T0 + v.offsetMs + v.durationMs).toISOString(),
    endedReason: v.pick(["customer-ended-call", "assistant-ended-call", "voicemail"]),
    cost: v.cost,
    artifact: {
      messages: Array.from({ length: 20 }, (_, t) => ({
        role: t % 2 ? "user" : "bot",
        message: text(t + i),
        time: T0 + v.offsetMs + t * 4200,
        endTime: T0 + v.offsetMs + t * 4200 + 3000,
        secondsFromStart: t * 4.2,
      })),
    },
  }),
  bland: (seed, v, i) => ({
    ...seed,
    call_id: `call_${i}_${v.id}`,
    c_id: `call_${i}_${v.id}`,
    status: v.pick(["completed", "completed", "in-progress", "failed", "no-answer"]),
    created_at: new Date(T0 + v.offsetMs - 7000).toISOString().replace("Z", "251+00:00"),
    started_at: new Date(T0 + v.offsetMs).toISOString().replace(".000Z", "+00:00"),
    end_at: new Date(T0 + v.offsetMs + v.durationMs).toISOString(),
    call_length: v.durationMs / 60_000,
    corrected_duration: String(Math.round(v.durationMs / 1000)),
    price: v.cost,
    transcripts: Array.from({ length: 20 }, (_, t) => ({
      id: i * 100 + t,
      created_at: new Date(T0 + v.offsetMs + t * 4200).toISOString().replace("Z", "385+00:00"),
      text: text(t + i),
      user: t % 2 ? "user" : "assistant",
      c_id: `call_${i}_${v.id}`,
      status: null,
      transcript_id: null,
    })),
  }),
};

/** The field holding each provider's call id (ThinnestAI's is an integer), to give cycled records fresh ids. */
export const ID_FIELD = {
  openmic: "call_id",
  zudu: "call_id",
  thinnestai: "id",
  butter: "call_sid",
  retell: "call_id",
  vapi: "id",
  bland: "call_id",
};

/** The providers with a seed example and a record builder. */
export function benchProviders() {
  return Object.keys(VARY).filter((p) => seedCall(p) !== undefined);
}

/** `count` varied call records of `provider`, reproducible (fast-check seed 42). */
export function makeRecords(provider, count) {
  const seed = seedCall(provider);
  const samples = fc.sample(
    fc.record({
      id: fc.string({
        minLength: 6,
        maxLength: 12,
        unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"),
      }),
      offsetMs: fc.integer({ min: 0, max: 365 * 24 * 3600 * 1000 }),
      durationMs: fc.integer({ min: 5_000, max: 1_800_000 }),
      cost: fc.double({ min: 0.001, max: 5, noNaN: true }),
      latencyS: fc.double({ min: 0.2, max: 3, noNaN: true }),
      choice: fc.nat(),
    }),
    { seed: 42, numRuns: count },
  );
  return samples.map((s, i) =>
    VARY[provider](seed, { ...s, pick: (list) => list[s.choice % list.length] }, i),
  );
}
