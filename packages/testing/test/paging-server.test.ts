import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadPagingStyles, startPagingServer } from "../src/index.js";

/** The providers of the style files in src/paging-styles/, from their file names. */
const styleFiles = readdirSync(new URL("../src/paging-styles/", import.meta.url))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && !file.includes(".test."))
  .map((file) => file.replace(/\.ts$/, ""))
  .sort();

const makeCall = (provider: string, i: number) => ({
  id: `call_${i}`,
  call_id: `call_${i}`,
  call_sid: `call_${i}`,
  provider,
  createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
});

describe("paging server discovery", () => {
  it("loads one style per file of paging-styles/, each named after its file and citing public docs", async () => {
    const styles = await loadPagingStyles();
    expect(styles.map((s) => s.provider)).toEqual(styleFiles);
    expect(styleFiles).toEqual(expect.arrayContaining(["bland", "openmic", "retell", "vapi", "zudu"]));
    for (const style of styles) expect(style.docsUrl).toMatch(/^https:\/\/docs\./);
  });

  it("serves every discovered provider under its own prefix, counting pages per provider", async () => {
    const server = await startPagingServer({ total: 5, makeCall });
    try {
      expect(server.providers).toEqual(styleFiles);
      for (const counters of [server.pages, server.throttled, server.peakConcurrency])
        expect(counters).toEqual(Object.fromEntries(styleFiles.map((p) => [p, 0])));
      expect(server.urlOf("openmic")).toBe(`${server.url}/openmic`);
      // OpenMic and Bland share `GET /v1/calls`: the prefix tells them apart.
      const openmic = await (await fetch(`${server.urlOf("openmic")}/v1/calls?limit=2`)).json();
      const bland = await (await fetch(`${server.urlOf("bland")}/v1/calls?from=0&to=2`)).json();
      expect(openmic).toMatchObject({ pagination: { limit: 2, offset: 0, total: 5, has_more: true } });
      expect(bland).toMatchObject({ total_count: 5, count: 2 });
      expect(server.pages).toMatchObject({ openmic: 1, bland: 1, zudu: 0 });
    } finally {
      await server.close();
    }
  });

  it("answers 404 outside every prefix and on a path the provider's style does not serve", async () => {
    const server = await startPagingServer({ total: 5, makeCall });
    try {
      expect((await fetch(`${server.url}/v1/calls`)).status).toBe(404);
      expect((await fetch(`${server.url}/nope/v1/calls`)).status).toBe(404);
      expect((await fetch(`${server.urlOf("openmic")}/v2/calls`)).status).toBe(404);
      expect((await fetch(`${server.urlOf("zudu")}/api/calls`)).status).toBe(404); // GET, not POST
      expect(Object.values(server.pages).every((n) => n === 0)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("rate-limits each provider with its own token bucket, with X-RateLimit-* headers and Retry-After", async () => {
    const server = await startPagingServer({
      total: 5,
      makeCall,
      rateLimit: { requestsPerSecond: 0.01, burst: 2, retryAfterSeconds: 3 },
    });
    try {
      const get = (provider: string) => fetch(`${server.urlOf(provider)}/v1/calls?from=0&to=1`);
      const answers = [await get("openmic"), await get("openmic"), await get("openmic"), await get("bland")];
      expect(answers.map((r) => r.status)).toEqual([200, 200, 429, 200]);
      expect(answers.map((r) => r.headers.get("x-ratelimit-remaining"))).toEqual(["1", "0", "0", "1"]);
      expect(answers[0]?.headers.get("x-ratelimit-limit")).toBe("2");
      expect(answers[2]?.headers.get("retry-after")).toBe("3");
      expect(server.throttled).toMatchObject({ openmic: 1, bland: 0 });
      expect(server.pages).toMatchObject({ openmic: 2, bland: 1 });
    } finally {
      await server.close();
    }
  });

  it("urlOf throws for a provider without a style, naming the ones served", async () => {
    const server = await startPagingServer({ total: 0, makeCall });
    try {
      expect(() => server.urlOf("nope")).toThrow(/no style for "nope" \(it serves bland, .*zudu\)/);
    } finally {
      await server.close();
    }
  });

  it("every hand loop walks its provider's whole list: 25 calls in pages of 10", async () => {
    const server = await startPagingServer({ total: 25, makeCall });
    try {
      const styles = (await loadPagingStyles()).filter((s) => s.handLoop);
      expect(styles.map((s) => s.provider)).toEqual(
        expect.arrayContaining(["bland", "butter", "openmic", "retell", "thinnestai", "zudu"]),
      );
      for (const style of styles) {
        const sizes: number[] = [];
        const ids = new Set<string>();
        for await (const page of style.handLoop?.(server.urlOf(style.provider), 10) ?? []) {
          sizes.push(page.length);
          for (const call of page) ids.add((call as { id: string }).id);
        }
        expect({ provider: style.provider, sizes, unique: ids.size }).toEqual({
          provider: style.provider,
          sizes: [10, 10, 5],
          unique: 25,
        });
      }
    } finally {
      await server.close();
    }
  });
});

describe("paging style files", () => {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-paging-styles-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a style whose provider is not its file's name is refused, naming the file", async () => {
    writeFileSync(
      join(dir, "acme.js"),
      'export default { provider: "acne", docsUrl: "https://docs.acme.example", serve: () => undefined };\n',
    );
    writeFileSync(join(dir, "acme.d.ts"), "export {};\n");
    await expect(loadPagingStyles(pathToFileURL(dir))).rejects.toThrow(
      `${join(dir, "acme.js")}: the style's provider is "acne", but its file name says "acme"`,
    );
  });
});
