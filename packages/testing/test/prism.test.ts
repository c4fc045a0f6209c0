import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { freePort, startPrism } from "../src/prism.js";

describe("startPrism", () => {
  it("starts on another free port when its port is taken before Prism binds it (EADDRINUSE)", async () => {
    const port = await freePort();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
    try {
      const prism = await startPrism("openmic", { port });
      try {
        expect(prism.url).not.toBe(`http://127.0.0.1:${port}`);
        const response = await fetch(`${prism.url}/v1/calls/x`, { headers: { authorization: "Bearer k" } });
        expect(response.status).toBeLessThan(500);
      } finally {
        await prism.stop();
      }
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 120_000);
});
