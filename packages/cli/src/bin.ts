#!/usr/bin/env node
import { run } from "./program.js";

const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
process.exitCode = await run(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
});
