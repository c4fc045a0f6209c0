/**
 * The normalizer types ThinnestAI's input with the client's own generated types, imported as types only from
 * `@switchboard/thinnestai/types` (one generated file per spec). This check (run by `pnpm typecheck`, and by
 * vitest) proves that the input type the mapping declares is exactly what the client returns, so it cannot
 * pick another schema of the spec by mistake.
 */
import type { ThinnestAICall as ThinnestAIClientCall } from "@switchboard/thinnestai";
import { describe, expectTypeOf, it } from "vitest";
import type { ThinnestAICall } from "./thinnestai-call.js";

describe("ThinnestAI: the client's call type is the normalizer's input type", () => {
  it("both ways", () => {
    expectTypeOf<ThinnestAIClientCall>().toExtend<ThinnestAICall>();
    expectTypeOf<ThinnestAICall>().toExtend<ThinnestAIClientCall>();
  });
});
