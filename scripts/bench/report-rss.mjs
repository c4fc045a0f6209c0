// Preloaded into a benchmarked process (`node --import`): prints its peak RSS (kB) to stderr at exit.
process.on("exit", () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
