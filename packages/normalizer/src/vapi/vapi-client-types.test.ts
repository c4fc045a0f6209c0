/**
 * The normalizer types Vapi's input with the client's own generated types, imported as types only from
 * `@switchboard/vapi/types` (one generated file per spec). This check (run by `pnpm typecheck`, and by
 * vitest) proves that the input type the mapping declares is exactly what the client returns, so it cannot
 * pick another schema of the spec by mistake.
 */
import type { VapiCall as VapiClientCall } from "@switchboard/vapi";
import { describe, expectTypeOf, it } from "vitest";
import type { VapiCall } from "./types.js";

describe("Vapi: the client's call type is the normalizer's input type", () => {
  it("both ways", () => {
    expectTypeOf<VapiClientCall>().toExtend<VapiCall>();
    expectTypeOf<VapiCall>().toExtend<VapiClientCall>();
  });
});
