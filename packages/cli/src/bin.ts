#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { watchClosedPipe } from "./pipe.js";
import { run } from "./program.js";

// A listing streams: it is bound by the network and memory, not by CPU. V8's size-optimized heap heuristics
// halve the peak RSS of a 100,000-call walk (docs/benchmarks.md, section 8) for some CPU the network hides.
// The flag steers heap growth at run time, so it applies when set here.
setFlagsFromString("--optimize-for-size");

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
