import { describe, expect, it } from "vitest";

/**
 * Test helpers for webhook verification (`@switchboard/testing/webhook-suite`): vitest suites, so a separate
 * entry from the package index, which the benchmarks import outside vitest.
 */

/** What a token provider's `verify…Webhook` / `unwrap…Webhook` take (`TokenWebhookInput` of `@switchboard/core/webhooks`). */
export interface TokenWebhookTestInput {
  body: string | Uint8Array;
  headers: Record<string, string> | Headers;
  url?: string;
  token?: string;
  dangerouslyAcceptUnauthenticated?: boolean;
}

/**
 * The `reason` of the `WebhookVerificationError` that `promise` rejects with, or `"accepted"` when it
 * resolves. Checks that the error names `provider` and never contains `secret`; rethrows any other error.
 * (The class is recognised by its name: `@switchboard/core` depends on this package for its own tests.)
 */
export async function verificationReason(
  promise: Promise<unknown>,
  { provider, secret }: { provider: string; secret: string },
): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "WebhookVerificationError") throw error;
    const { provider: named, reason } = error as Error & { provider?: string; reason?: string };
    expect(named).toBe(provider);
    expect(error.message).not.toContain(secret);
    return String(reason);
  }
  return "accepted";
}

/**
 * The tests every shared-token webhook provider passes (OpenMic, Butter, Zudu sign nothing; a token you
 * chose, in the URL's `?token=` or an `Authorization: Bearer` header, authenticates a delivery):
 * accepted with the token in either place, `missing_signature` without it, `bad_signature` with a wrong
 * one, an unauthenticated request only with `dangerouslyAcceptUnauthenticated`, `unwrap` parsing the
 * documented `body` from bytes and refusing a body that is not a JSON object as `malformed`.
 */
export function describeTokenWebhook(options: {
  /** Provider id (`"openmic"`), as the errors name it. */
  provider: string;
  /** Provider name for people (`"OpenMic"`). */
  displayName: string;
  /** A documented delivery body (JSON text). */
  body: string;
  /** The token the tests configure. */
  token: string;
  verify: (input: TokenWebhookTestInput) => Promise<unknown>;
  unwrap: (input: TokenWebhookTestInput) => Promise<unknown>;
}): void {
  const { provider, displayName, body: BODY, token: TOKEN, verify, unwrap } = options;
  const reason = (promise: Promise<unknown>) => verificationReason(promise, { provider, secret: TOKEN });

  describe(`${verify.name} (shared token: ${displayName} signs nothing)`, () => {
    it("accepts the token in the URL query or an Authorization header", async () => {
      expect(
        await reason(
          verify({ body: BODY, headers: {}, url: `/webhooks/${provider}?token=${TOKEN}`, token: TOKEN }),
        ),
      ).toBe("accepted");
      expect(
        await reason(
          verify({ body: BODY, headers: new Headers({ Authorization: `Bearer ${TOKEN}` }), token: TOKEN }),
        ),
      ).toBe("accepted");
    });

    it("refuses a missing or wrong token", async () => {
      expect(
        await reason(verify({ body: BODY, headers: {}, url: `/webhooks/${provider}`, token: TOKEN })),
      ).toBe("missing_signature");
      expect(
        await reason(verify({ body: BODY, headers: { authorization: "Bearer nope" }, token: TOKEN })),
      ).toBe("bad_signature");
    });

    it("accepts an unauthenticated request only with the explicit dangerous opt-in", async () => {
      await expect(verify({ body: BODY, headers: {} })).rejects.toThrow(/dangerouslyAcceptUnauthenticated/);
      expect(await reason(verify({ body: BODY, headers: {}, dangerouslyAcceptUnauthenticated: true }))).toBe(
        "accepted",
      );
    });
  });

  describe(unwrap.name, () => {
    it("parses the documented payload from bytes", async () => {
      const event = await unwrap({
        body: new TextEncoder().encode(BODY),
        headers: {},
        url: `/?token=${TOKEN}`,
        token: TOKEN,
      });
      expect(event).toEqual(JSON.parse(BODY));
    });

    it("refuses a body that is not a JSON object as malformed", async () => {
      for (const body of ["{", "[]", "42"]) {
        expect(await reason(unwrap({ body, headers: {}, url: `/?token=${TOKEN}`, token: TOKEN }))).toBe(
          "malformed",
        );
      }
    });
  });
}
