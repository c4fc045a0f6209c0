import { verifyRetellWebhook } from "@switchboard/retell";
// Retell's official signer and verifier (retell-sdk, pinned in this package): `symmetric.sign/verify` take the
// current time as an option, so both sides judge each case at the same instant.
import { sign as officialSign, verify as officialVerify, symmetric } from "retell-sdk/lib/webhook_auth";
import { describe, expect, it } from "vitest";

const KEY = "key_retell_interop_0123456789";
const NOW = 1_767_225_600_000;
const BODIES = [
  JSON.stringify({
    event: "call_ended",
    call: { call_id: "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6", duration_ms: 10000 },
  }),
  '{"event":"call_started","call":{"call_id":"c-é-日本","metadata":{}}}',
  "",
];

/** Each case: a body, the signature header, and the instant it is judged at. */
async function cases() {
  const out: { label: string; body: string; signature: string }[] = [];
  for (const [b, body] of BODIES.entries()) {
    const signed = await symmetric.sign(body, KEY, NOW);
    const [, t = "", d = ""] = /^v=(\d+),d=([0-9a-f]+)$/.exec(signed) ?? [];
    const at = async (ms: number) => symmetric.sign(body, KEY, ms);
    const variants: [string, string, string?][] = [
      ["as signed", signed],
      ["uppercase V= and D=", `V=${t},D=${d}`],
      ["uppercase digest", `v=${t},d=${d.toUpperCase()}`],
      ["leading zeros in the timestamp", `v=000${t},d=${d}`],
      ["a space before", ` ${signed}`],
      ["a space after", `${signed} `],
      ["a space after the comma", `v=${t}, d=${d}`],
      ["an extra field", `${signed},x=1`],
      ["fields swapped", `d=${d},v=${t}`],
      ["digest one hex digit short", `v=${t},d=${d.slice(1)}`],
      ["digest with a non-hex digit", `v=${t},d=${d.slice(1)}g`],
      ["digest of another key", await symmetric.sign(body, `${KEY}x`, NOW)],
      ["another body under the signature", signed, `${body} `],
      ["timestamp changed, digest kept", `v=${Number(t) + 1},d=${d}`],
      ["signed 299,999 ms ago", await at(NOW - 299_999)],
      ["signed exactly 5 min ago", await at(NOW - 300_000)],
      ["signed 300,001 ms ago", await at(NOW - 300_001)],
      ["signed exactly 5 min ahead", await at(NOW + 300_000)],
      ["signed 300,001 ms ahead", await at(NOW + 300_001)],
      ["a timestamp beyond 2^53", `v=90071992547409930,d=${d}`],
      ["a negative timestamp", `v=-${t},d=${d}`],
      ["a timestamp in seconds", await at(Math.floor(NOW / 1000))],
      ["empty", ""],
      ["no digest", `v=${t},d=`],
    ];
    for (const [label, signature, other] of variants)
      out.push({ label: `body ${b}: ${label}`, body: other ?? body, signature });
  }
  return out;
}

describe("Retell webhooks: ours accepts exactly what the official verifier accepts", () => {
  it("on every case built with the official signer", async () => {
    const all = await cases();
    const disagreements: string[] = [];
    let accepted = 0;
    for (const { label, body, signature } of all) {
      const official = await symmetric.verify(body, KEY, signature, { timestamp: NOW });
      const ours = await verifyRetellWebhook({
        body,
        headers: { "x-retell-signature": signature },
        secret: KEY,
        now: NOW,
      }).then(
        () => true,
        () => false,
      );
      if (official) accepted++;
      if (official !== ours) disagreements.push(`${label}: official ${official}, ours ${ours}`);
    }
    expect(disagreements).toEqual([]);
    // Both outcomes occur: the cases are not all accepted or all refused.
    expect(accepted).toBeGreaterThan(5);
    expect(accepted).toBeLessThan(all.length - 5);
    console.log(
      `retell interop: ${all.length} cases, ${accepted} accepted by both, ${all.length - accepted} refused by both`,
    );
  });

  it("the official sign and verify (current time) agree with ours", async () => {
    const body = BODIES[0] ?? "";
    const signature = await officialSign(body, KEY);
    expect(await officialVerify(body, KEY, signature)).toBe(true);
    await expect(
      verifyRetellWebhook({ body, headers: { "x-retell-signature": signature }, secret: KEY }),
    ).resolves.toBeUndefined();
  });
});
