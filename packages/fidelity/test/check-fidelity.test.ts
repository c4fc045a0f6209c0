import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../scripts/check-fidelity.mjs", import.meta.url));
const SPECS = fileURLToPath(new URL("../../../specs", import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs the check on a copy of specs/ edited by `edit`. */
function check(edit: (specs: string) => void = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), "fidelity-"));
  dirs.push(dir);
  cpSync(SPECS, dir, { recursive: true });
  edit(dir);
  return spawnSync(process.execPath, [SCRIPT], {
    env: { ...process.env, FIDELITY_SPECS_DIR: dir },
    encoding: "utf8",
  });
}
const replace = (file: string, from: string, to: string) => {
  const text = readFileSync(file, "utf8");
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

describe("pnpm check:fidelity", () => {
  it("passes on the repository's specs and prints the table", () => {
    const result = check();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\| Retell call \(`CallResponse`\) \| (\d+) \| \1 \| 0 \| 0 \|/);
  });

  it("fails on an official path missing from a spec, naming it", () => {
    const result = check((dir) =>
      replace(join(dir, "retell.yaml"), "        agent_tag:\n", "        agent_tag_renamed:\n"),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("official path(s) missing from specs/retell.yaml (Call):\n  agent_tag");
    expect(result.stderr).toContain("declares 1 path(s) the official types lack:\n  agent_tag_renamed");
  });
});
