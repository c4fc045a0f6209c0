import { fetchWithoutHeaders } from "@switchboard/testing";
import { describe, expect, inject, it } from "vitest";
import { AuthenticationError, createBlandClient, NotFoundError } from "../src/index.js";

const baseUrl = inject("prismUrl");
const client = createBlandClient({ apiKey: "test_key_0123456789", baseUrl, validateResponses: true, maxRetries: 0 });

describe("Bland AI client against the Prism mock of specs/bland.yaml", () => {
  it("gets a call that validates against the spec", async () => {
    await expect(client.getCall("x")).resolves.toBeTypeOf("object");
  });

  it("maps a 404 to NotFoundError", async () => {
    await expect(client.getCall("x", { headers: { Prefer: "code=404" } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("maps a refused key to AuthenticationError", async () => {
    const noKey = createBlandClient({
      apiKey: "test_key_0123456789",
      baseUrl,
      maxRetries: 0,
      fetch: fetchWithoutHeaders("authorization"),
    });
    await expect(noKey.getCall("x")).rejects.toBeInstanceOf(AuthenticationError);
  });
});
