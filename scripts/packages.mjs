/**
 * The workspace's publishable packages (every `packages/*` whose package.json is not `private`), read from
 * disk so that a new provider package is picked up without editing any list.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** @returns {{ name: string, dir: string, version: string, manifest: Record<string, any> }[]} */
export function publicPackages() {
  return readdirSync(join(root, "packages"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(root, "packages", d.name);
      try {
        const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
        return { name: manifest.name, dir, version: manifest.version, manifest };
      } catch {
        return undefined;
      }
    })
    .filter((p) => p && !p.manifest.private)
    .sort((a, b) => a.name.localeCompare(b.name));
}
