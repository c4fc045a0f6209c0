#!/usr/bin/env node
import { watchClosedPipe } from "./pipe.js";
import { run } from "./program.js";

const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
// `… | head -1`: a closed stdout stops the fetching and exits quietly (0), without a stack trace.
const pipe = watchClosedPipe(process.stdout, controller);
const stderr = { write: (s: string) => pipe.closed || process.stderr.write(s), isTTY: process.stderr.isTTY };
const code = await run(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr,
  signal: controller.signal,
});
process.exitCode = pipe.closed ? 0 : code;
