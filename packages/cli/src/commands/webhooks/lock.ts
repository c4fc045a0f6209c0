import { open, readFile, unlink } from "node:fs/promises";
import { ConfigError } from "../../errors.js";

/** A held lock; `release()` removes its file (once). */
export interface FileLock {
  readonly path: string;
  release(): Promise<void>;
}

/** Whether process `pid` is alive on this machine (signal 0 probes without signalling). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the exclusive lock of `target` (`events.ndjson` → `events.ndjson.lock`, created with `O_EXCL`, holding
 * this process's pid), so that one listener writes a file at a time: two listeners appending the same delivery
 * would break "each event written once". A lock whose pid is no longer running (a listener that was killed)
 * is stale and taken over.
 *
 * @throws {ConfigError} (exit 2) naming the holder's pid when another live process holds it.
 */
export async function lockFile(target: string): Promise<FileLock> {
  const path = `${target}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, "wx", 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      let released = false;
      return {
        path,
        async release() {
          if (released) return;
          released = true;
          await unlink(path).catch(() => {});
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
    if (Number.isInteger(holder) && holder > 0 && alive(holder))
      throw new ConfigError(
        `${target} is locked by another listener (pid ${holder}, ${path}); stop it or use another --out`,
      );
    // Stale (its process is gone) or half-written: take it over.
    await unlink(path).catch(() => {});
  }
  throw new ConfigError(`${target}: could not take the lock ${path}`);
}
