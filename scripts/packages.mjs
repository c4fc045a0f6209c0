/**
 * The workspace's publishable packages (every `packages/*` whose package.json is not `private`), read from
 * disk so that a new provider package is picked up without editing any list.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
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

/**
 * Packs `pkg` as it would be published, with npm (no pnpm needed): copies the package to a staging folder,
 * replaces its `workspace:` dependency ranges by the versions of the workspace packages (`workspace:^` →
 * `^1.2.3`, `workspace:*` → `1.2.3`, as `pnpm publish` does), and runs `npm pack` there.
 *
 * @param {{ name: string, dir: string, manifest: Record<string, any> }} pkg
 * @param {string} destination - folder that receives the tarball
 * @returns {string} the tarball's absolute path
 */
export function packTarball(pkg, destination) {
  const versions = Object.fromEntries(publicPackages().map((p) => [p.name, p.version]));
  const stage = mkdtempSync(join(tmpdir(), "switchboard-stage-"));
  try {
    cpSync(pkg.dir, stage, {
      recursive: true,
      filter: (source) => !source.slice(pkg.dir.length).split(sep).includes("node_modules"),
    });
    const manifest = structuredClone(pkg.manifest);
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
      for (const [name, range] of Object.entries(manifest[field] ?? {})) {
        if (!String(range).startsWith("workspace:")) continue;
        const spec = range.slice("workspace:".length);
        if (!versions[name]) throw new Error(`${pkg.name}: ${name} is not a publishable workspace package`);
        manifest[field][name] =
          spec === "*" ? versions[name] : spec === "^" || spec === "~" ? spec + versions[name] : spec;
      }
    }
    delete manifest.devDependencies;
    writeFileSync(join(stage, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const out = execFileSync("npm", ["pack", "--json", "--pack-destination", destination], {
      cwd: stage,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return join(destination, JSON.parse(out)[0].filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
