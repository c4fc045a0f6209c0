#!/usr/bin/env node
// The `switchboard` command. This file is committed (not built) so that package managers can link the
// bin at install time, before `dist/` exists in a fresh clone; it runs the built CLI in `dist/bin.js`.
import("../dist/bin.js").catch((error) => {
  const missing =
    error?.code === "ERR_MODULE_NOT_FOUND" && String(error.url ?? error.message).includes("/dist/bin.js");
  if (!missing) throw error;
  process.stderr.write(
    "switchboard: the CLI is not built yet (packages/cli/dist/bin.js is missing).\n" +
      "In a clone of the repository, run `npx -y pnpm@10 build` (or `npx -y pnpm@10 demo`) first.\n",
  );
  process.exitCode = 1;
});
