import { type FileHandle, open, readFile, truncate } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { SwitchboardError } from "@switchboard/core";
import type { WebhookEvent } from "@switchboard/normalizer";
import { dedupeKeys } from "@switchboard/store";
import { type FileLock, lockFile } from "./lock.js";

export { dedupeKeys };

interface Pending {
  line: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * An append-only NDJSON file of unified webhook events, one per line, that acknowledges an event only once it is
 * on disk: lines are written and `fdatasync`ed before {@link EventStore.append} resolves. Concurrent appends are
 * group-committed (one write + one sync for every line queued meanwhile), so durability costs one sync per batch,
 * not per event.
 *
 * Redeliveries (same {@link dedupeKeys}) are acknowledged without a second line, including across restarts: the
 * seen keys are rebuilt from the file on open. A torn last line (a crash mid-write, never acknowledged) is cut off.
 * One process writes a file at a time: opening takes `<file>.lock` ({@link lockFile}), closing releases it.
 */
export class EventStore {
  /** Keys seen → when the line holding them is durable. */
  private readonly seen = new Map<string, Promise<void>>();
  private queue: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;

  private constructor(
    private readonly handle: FileHandle,
    /** Events found in the file when it was opened. */
    readonly loaded: number,
    private readonly lock: FileLock,
  ) {}

  /**
   * Opens (creating if needed) `path`, rebuilding the seen keys from its lines.
   * @throws {ConfigError} (exit 2) when another live listener holds the file's lock, naming its pid.
   */
  static async open(path: string): Promise<EventStore> {
    const lock = await lockFile(path);
    try {
      return await EventStore.openLocked(path, lock);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  private static async openLocked(path: string, lock: FileLock): Promise<EventStore> {
    let text = "";
    let created = false;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      created = true;
    }
    const end = text.lastIndexOf("\n") + 1;
    if (end < text.length) {
      // A torn last line: it was never fsync'd, so never acknowledged.
      await truncate(path, Buffer.byteLength(text.slice(0, end)));
      text = text.slice(0, end);
    }
    const keys: string[] = [];
    let loaded = 0;
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      loaded++;
      try {
        keys.push(...dedupeKeys(JSON.parse(line) as WebhookEvent));
      } catch {
        // A line that is not an event (edited by hand): kept, not used for de-duplication.
      }
    }
    const store = new EventStore(await open(path, "a"), loaded, lock);
    if (created) await syncDirectory(dirname(resolve(path)));
    const done = Promise.resolve();
    for (const key of keys) store.seen.set(key, done);
    return store;
  }

  /**
   * Appends `event` unless it is a redelivery; resolves once it (or the original) is durably on disk.
   * @returns `{ duplicate: true }` when it was already stored.
   * @throws the write or sync error; the event is then not stored and may be delivered again.
   */
  async append(event: WebhookEvent): Promise<{ duplicate: boolean }> {
    if (this.closed) throw new SwitchboardError("the event store is closed");
    const keys = dedupeKeys(event);
    const original = keys.map((k) => this.seen.get(k)).find((p) => p !== undefined);
    if (original) {
      try {
        await original;
        return { duplicate: true };
      } catch {
        // The original failed to be written: this delivery takes its place.
        return this.append(event);
      }
    }
    const durable = new Promise<void>((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(event)}\n`, resolve, reject });
    });
    for (const key of keys) this.seen.set(key, durable);
    durable.catch(() => {
      for (const key of keys) if (this.seen.get(key) === durable) this.seen.delete(key);
    });
    this.flushing ??= this.flush();
    await durable;
    return { duplicate: false };
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.handle.write(batch.map((p) => p.line).join(""));
        await this.handle.datasync();
        for (const p of batch) p.resolve();
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    this.flushing = undefined;
  }

  /** Waits for queued appends to be durable, then closes the file and releases its lock. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.flushing) await this.flushing;
    await this.handle.close();
    await this.lock.release();
  }
}

/** Makes a new file's directory entry durable (POSIX); a no-op where directories cannot be synced (Windows). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // EISDIR/EPERM on platforms without directory fsync.
  } finally {
    await handle?.close();
  }
}
