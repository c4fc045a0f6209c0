import { createSwitchboard } from "@switchboard/sdk";
import { openMicTimedCall as openmicCall, startPagingServer } from "@switchboard/testing";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, type Store, syncCalls } from "../src/index.js";
import { cleanup, ENGINES } from "./engines.js";
import { sdkOn } from "./paging.js";

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});
async function fresh(make: () => Promise<string>): Promise<Store> {
  const location = await make();
  const store = await openStore(location);
  closers.push(
    () => cleanup(location),
    () => store.close(),
  );
  return store;
}
const ids = async (store: Store) =>
  (await store.sql("SELECT id FROM calls ORDER BY id")).map((r) => String(r.id));

describe.each(ENGINES)("sync into %s", (_name, make) => {
  it("backfills every call once, then re-reads only the lookback window and writes nothing unchanged", async () => {
    const server = await startPagingServer({ total: 250, makeCall: openmicCall, delayMs: 2 });
    closers.push(() => server.close());
    const store = await fresh(make);
    const sb = sdkOn(server);
    const first = await syncCalls(sb, store, { batchSize: 40 });
    expect(first.errors).toEqual([]);
    expect(first.providers).toEqual([
      expect.objectContaining({
        provider: "openmic",
        fetched: 250,
        inserted: 250,
        updated: 0,
        unchanged: 0,
        since: undefined,
      }),
    ]);
    const newest = new Date(
      Math.max(
        ...(await store.sql(`SELECT ${store.engine.epochMs("started_at")} AS t FROM calls`)).map((r) =>
          Number(r.t),
        ),
      ),
    ).toISOString();
    expect(first.providers[0]?.cursor).toBe(newest);
    const pagesBefore = server.pages.openmic ?? 0;
    // The 250 calls were created within the last second: a 48 h lookback re-reads all, and all are unchanged.
    const second = await syncCalls(sb, store, { batchSize: 40 });
    expect(second.providers[0]).toMatchObject({ fetched: 250, inserted: 0, updated: 0, unchanged: 250 });
    expect(second.providers[0]?.since).toBe(new Date(Date.parse(newest) - 48 * 3600_000).toISOString());
    // A short lookback reads only the window past the cursor: fewer pages.
    const pagesSecond = (server.pages.openmic ?? 0) - pagesBefore;
    const third = await syncCalls(sb, store, { batchSize: 40, lookbackMs: 50 });
    expect(third.providers[0]?.fetched).toBeLessThan(250);
    expect((server.pages.openmic ?? 0) - pagesBefore - pagesSecond).toBeLessThan(pagesSecond);
    const loads = await store.sql(
      "SELECT status, fetched, inserted FROM loads WHERE kind = 'sync' ORDER BY started_at",
    );
    expect(loads.map((l) => [l.status, Number(l.fetched), Number(l.inserted)])).toEqual([
      ["done", 250, 250],
      ["done", 250, 0],
      ["done", third.providers[0]?.fetched, 0],
    ]);
    expect(await ids(store)).toHaveLength(250);
  });

  it("stores every call once and misses none while calls arrive at the head during the sync", async () => {
    const server = await startPagingServer({
      total: 300,
      makeCall: openmicCall,
      delayMs: 3,
      insertPerPage: 4,
    });
    closers.push(() => server.close());
    const store = await fresh(make);
    const result = await syncCalls(sdkOn(server), store, { batchSize: 50 });
    expect(result.errors).toEqual([]);
    const stored = await ids(store);
    expect(new Set(stored).size).toBe(stored.length);
    const missing = Array.from({ length: 300 }, (_, i) => `call_${i}`).filter((id) => !stored.includes(id));
    expect(missing).toEqual([]);
    // The calls that arrived during the sync are read by the next one (they are newer than its cursor).
    await syncCalls(sdkOn(server), store, { batchSize: 50 });
    const after = await ids(store);
    expect(new Set(after).size).toBe(after.length);
    expect(after.length).toBeGreaterThan(300);
  });

  it("an interrupted run (no last batch) is read again from its own window by the next run", async () => {
    const server = await startPagingServer({ total: 120, makeCall: openmicCall });
    closers.push(() => server.close());
    const store = await fresh(make);
    await syncCalls(sdkOn(server), store, {});
    const cursor = (await store.syncState("openmic")).cursor;
    // A run that began (window from the epoch) and died after one batch.
    await store.beginRun("openmic", {
      loadId: "crashed",
      since: "2000-01-01T00:00:00.000Z",
      startedAt: new Date().toISOString(),
    });
    const state = await store.syncState("openmic");
    expect(state.run).toMatchObject({ loadId: "crashed", since: "2000-01-01T00:00:00.000Z" });
    expect(state.cursor).toBe(cursor);
    const next = await syncCalls(sdkOn(server), store, { lookbackMs: 1 });
    expect(next.providers[0]).toMatchObject({
      since: "2000-01-01T00:00:00.000Z",
      fetched: 120,
      unchanged: 120,
    });
    expect((await store.syncState("openmic")).run).toBeUndefined();
  });
});

describe("partial failure", () => {
  it("a provider that fails is reported, its state keeps its window, and the others' calls are stored", async () => {
    const server = await startPagingServer({ total: 50, makeCall: openmicCall });
    closers.push(() => server.close());
    const store = await fresh(ENGINES[0]?.[1] as () => Promise<string>);
    // Bland points at a prefix the paging server has no style for: every request is answered 404.
    const failures: string[] = [];
    const both = createSwitchboard({
      env: {
        OPENMIC_API_KEY: "k_test_0123456789",
        OPENMIC_BASE_URL: server.urlOf("openmic"),
        BLAND_API_KEY: "k_test_0123456789",
        BLAND_BASE_URL: `${server.url}/nowhere`,
      },
      maxRetries: 0,
      rateLimit: null,
    });
    const result = await syncCalls(both, store, {
      onError: (f) => failures.push(`${f.provider} ${f.error.name}`),
    });
    expect(failures).toEqual(["bland NotFoundError"]);
    expect(result.errors.map((e) => e.provider)).toEqual(["bland"]);
    expect(result.providers.map((p) => [p.provider, p.inserted])).toEqual([["openmic", 50]]);
    expect((await store.syncState("bland")).run).toMatchObject({ since: undefined });
    expect((await store.sql("SELECT status FROM loads WHERE provider = 'bland'"))[0]?.status).toBe("failed");
  });
});
