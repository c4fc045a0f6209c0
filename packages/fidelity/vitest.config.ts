import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The check runs the TypeScript compiler on the SDKs' declarations: seconds on a loaded machine.
    testTimeout: 60_000,
  },
});
