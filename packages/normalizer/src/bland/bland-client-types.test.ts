/**
 * The normalizer types Bland's input with the client's own generated types, imported as types only from
 * `@switchboard/bland/types` (one generated file per spec). This check (run by `pnpm typecheck`, and by
 * vitest) proves that the input type the mapping declares is exactly what the client returns, so it cannot
 * pick another schema of the spec by mistake.
 */
import type { BlandCall as BlandClientCall } from "@switchboard/bland";
import { describe, expectTypeOf, it } from "vitest";
import type { BlandCall } from "./types.js";

describe("Bland: the client's call type is the normalizer's input type", () => {
  it("both ways", () => {
    expectTypeOf<BlandClientCall>().toExtend<BlandCall>();
    expectTypeOf<BlandCall>().toExtend<BlandClientCall>();
  });
});
