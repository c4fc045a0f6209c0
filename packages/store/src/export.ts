/** Writes unified calls as a Parquet file, through an in-memory DuckDB (whatever engine the calls come from). */
import type { Call } from "@switchboard/normalizer";
import { CALL_COLUMNS } from "./rows.js";
import { openStore } from "./store.js";

/**
 * Writes `calls` to the Parquet file `path` (replacing it): one row per call, the columns of the `calls` table
 * without the sync metadata — typed scalars (`started_at` as a UTC timestamp, `duration_ms` as a 64-bit integer,
 * `cost_total` as a double in `cost_currency`) and the nested parts as JSON text. Readable by DuckDB, pyarrow,
 * Spark and any Parquet reader. The calls go through an in-memory DuckDB store (its batch writer), then DuckDB's
 * own Parquet writer (no extension to download). Returns the number of calls written.
 * @throws {StoreError} when the file cannot be written.
 */
export async function writeParquet(calls: AsyncIterable<Call>, path: string): Promise<number> {
  const memory = await openStore(":memory:");
  try {
    let count = 0;
    let batch: Call[] = [];
    const flush = async () => {
      // Each provider's calls are written under the provider's own lock name; the batch may mix providers.
      const byProvider = new Map<string, Call[]>();
      for (const call of batch)
        byProvider.set(call.provider, [...(byProvider.get(call.provider) ?? []), call]);
      for (const [provider, list] of byProvider)
        await memory.writeCalls(provider, list, { source: "pull", loadId: "export" });
      batch = [];
    };
    for await (const call of calls) {
      batch.push(call);
      count++;
      if (batch.length >= 1000) await flush();
    }
    await flush();
    const columns = CALL_COLUMNS.filter((c) => c !== "content_hash").join(", ");
    await memory.engine.query(
      `COPY (SELECT ${columns} FROM calls ORDER BY started_at DESC NULLS LAST, provider, id) TO '${path.replaceAll("'", "''")}' (FORMAT parquet)`,
    );
    return count;
  } finally {
    await memory.close();
  }
}
