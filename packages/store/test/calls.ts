import type { Call } from "@switchboard/normalizer";

/** A unified call with every part filled (times in ms, cost in USD), for round trips and merges. */
export function fullCall(id: string, overrides: Partial<Call> = {}): Call {
  return {
    provider: "openmic",
    id,
    agentId: "agent_1",
    agentName: "Support",
    channel: "phone",
    direction: "inbound",
    status: { unified: "ended", raw: "ended" },
    from: "+15550000001",
    to: "+15550000002",
    startedAt: "2026-03-01T10:00:00.000Z",
    endedAt: "2026-03-01T10:01:30.250Z",
    durationMs: 90_250,
    endReason: { unified: "user_hangup", raw: "user_hangup" },
    detail: "full",
    transcript: [
      { role: "agent", text: "Hello! How can I help?", startMs: 0, endMs: 1200 },
      {
        role: "user",
        text: "Where is my order?",
        startMs: 1500,
        endMs: 2600,
        words: [{ word: "Where", startMs: 1500 }],
      },
    ],
    recording: { url: "https://example.com/r.wav", durationMs: 90_000 },
    cost: { total: 0.0822, currency: "USD", breakdown: { llm: 0.02, tts: 0.0622 } },
    latency: { e2e: { p50: 812, p90: 1300, count: 12 } },
    usage: { llmInputTokens: 1200, llmOutputTokens: 300 },
    analysis: { summary: "Order status", sentiment: "positive", successful: true },
    interruptions: 1,
    turnCount: 2,
    metadata: { customer_id: "cus_1", nested: { a: [1, 2] } },
    raw: { call_id: id, anything: { kept: true } },
    warnings: [],
    ...overrides,
  } as Call;
}
