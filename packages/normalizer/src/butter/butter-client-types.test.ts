/**
 * The normalizer types Butter's input with the client's own generated types, imported as types only from
 * `@switchboard/butter/types` (one generated file per spec). This check (run by `pnpm typecheck`, and by
 * vitest) proves that the input type the mapping declares is exactly what the client returns, so it cannot
 * pick another schema of the spec by mistake.
 */
import type { ButterCall as ButterClientCall } from "@switchboard/butter";
import { describe, expectTypeOf, it } from "vitest";
import type { ButterCall } from "./butter-call.js";

describe("Butter: the client's call type is the normalizer's input type", () => {
  it("both ways", () => {
    expectTypeOf<ButterClientCall>().toExtend<ButterCall>();
    expectTypeOf<ButterCall>().toExtend<ButterClientCall>();
  });
});
