import type { Call } from "../call.js";
import { Ctx, isObject, type JsonObject } from "../common/context.js";
import { NormalizeError } from "../errors.js";
import { normalizeVapiCall } from "./normalize-vapi-call.js";
import type { VapiEndOfCallReportWebhook, VapiStatusUpdateWebhook } from "./types.js";

/**
 * Report fields that repeat (and may be fresher than) the call's own, by message type. Source:
 * https://docs.vapi.ai/server-url/events and https://docs.vapi.ai/api-reference/calls/get (`ServerMessage`:
 * "This can also be found at `call.<field>` on GET /call/:id").
 */
const OVERLAY: Readonly<Record<string, readonly string[]>> = Object.freeze({
  "end-of-call-report": [
    "endedReason",
    "startedAt",
    "endedAt",
    "cost",
    "costs",
    "artifact",
    "analysis",
    "compliance",
    "destination",
    "customer",
    "phoneNumber",
    "assistantVersion",
  ],
  "status-update": ["status", "endedReason", "customer", "phoneNumber", "assistantVersion", "destination"],
});

/**
 * Normalizes the call of a Vapi Server URL message (`end-of-call-report` or `status-update`,
 * https://docs.vapi.ai/server-url/events) into a {@link Call}: `message.call`, with the fields the message
 * itself carries (`endedReason`, `artifact`, `analysis`, `cost`, `startedAt`, …, or `status`) laid over it,
 * then {@link normalizeVapiCall}. An end-of-call report whose call carries no status is `ended`. `raw` is
 * the merged call (the request body is not modified).
 *
 * @param body - the POSTed JSON, `{ message: {…} }` (or the `message` itself).
 * @throws {NormalizeError} when the body has no `message` object, the message `type` is not one of the two,
 *   or the merged call has no `id` (the guides' examples with a `{}` placeholder call), with `path`.
 */
export function normalizeVapiServerMessage(
  body: VapiEndOfCallReportWebhook | VapiStatusUpdateWebhook | unknown,
): Call {
  const ctx = new Ctx("vapi");
  const root = ctx.root(body);
  const message = isObject(root.message) ? root.message : root;
  const type = message.type;
  if (typeof type !== "string" || !Object.hasOwn(OVERLAY, type)) {
    throw new NormalizeError(
      "vapi",
      "message.type",
      `expected "end-of-call-report" or "status-update", got ${JSON.stringify(type)}`,
    );
  }
  const call: JsonObject = isObject(message.call) ? { ...message.call } : {};
  for (const key of OVERLAY[type] as readonly string[]) {
    if (message[key] !== undefined && message[key] !== null) call[key] = message[key];
  }
  if (type === "end-of-call-report" && call.status === undefined) call.status = "ended";
  try {
    return normalizeVapiCall(call);
  } catch (error) {
    if (error instanceof NormalizeError && error.path !== "") {
      throw new NormalizeError(
        "vapi",
        `message.call.${error.path}`,
        error.message.replace(/^vapi: [^:]+: /, ""),
      );
    }
    throw error;
  }
}
