/**
 * One provider, end to end: get one OpenMic call, then walk every ended call across pages, handling each
 * failure by its typed error class.
 *
 * Run: `OPENMIC_API_KEY=… pnpm --filter @switchboard/examples get-and-iterate [callId]`
 * (`OPENMIC_BASE_URL` points the client at another server, e.g. a Prism mock of specs/openmic.yaml).
 *
 * Exit codes: 0 done, 1 unexpected error, 2 key refused (401), 3 call not found (404), 4 rate limited
 * (429, after the client's own retries), 5 network failure or timeout.
 */
import {
  APIConnectionError,
  AuthenticationError,
  createOpenMicClient,
  NotFoundError,
  RateLimitError,
} from "@switchboard/openmic";

const apiKey = process.env.OPENMIC_API_KEY;
if (!apiKey) {
  console.error("Set OPENMIC_API_KEY (https://chat.openmic.ai/api-key).");
  process.exit(2);
}
// The call of OpenMic's Get Call example (https://docs.openmic.ai/api-reference/calls/get-call).
const callId = process.argv[2] ?? "cmbbvrg8wzi487w02m2bc7dji";

const openmic = createOpenMicClient({ apiKey, baseUrl: process.env.OPENMIC_BASE_URL });

try {
  const call = await openmic.getCall(callId);
  // OpenMic's own units: epoch ms, duration in ms, cost in USD.
  console.log(`${call.call_id}: ${call.call_status}, ${call.duration_ms} ms, $${call.call_cost?.total_cost}`);

  let count = 0;
  for await (const c of openmic.iterateCalls({ call_status: "ended" }, { maxItems: 1_000 })) {
    console.log(`- ${c.call_id} ${c.direction} ${c.from_number} → ${c.to_number}`);
    count++;
  }
  console.log(`${count} ended call(s)`);
} catch (error) {
  if (error instanceof AuthenticationError) {
    console.error(`OpenMic refused the API key (${error.status}): check OPENMIC_API_KEY.`);
    process.exitCode = 2;
  } else if (error instanceof NotFoundError) {
    console.error(`OpenMic has no call ${callId} (${error.status}).`);
    process.exitCode = 3;
  } else if (error instanceof RateLimitError) {
    const wait = error.retryAfterMs === undefined ? "later" : `in ${error.retryAfterMs} ms`;
    console.error(`OpenMic is rate limiting this key (${error.status}): try again ${wait}.`);
    process.exitCode = 4;
  } else if (error instanceof APIConnectionError) {
    // Includes APITimeoutError.
    console.error(`Could not reach OpenMic: ${error.message}`);
    process.exitCode = 5;
  } else {
    throw error;
  }
}
