/**
 * The normalizer types Retell's input with the client's own generated types, imported as types only from
 * `@switchboard/retell/types` (one generated file per spec). This check (run by `pnpm typecheck`, and by
 * vitest) proves that the input type the mapping declares is exactly what the client returns, so it cannot
 * pick another schema of the spec by mistake.
 */
import type { RetellCall as RetellClientCall } from "@switchboard/retell";
import { describe, expectTypeOf, it } from "vitest";
import type { RetellCall } from "./types.js";

describe("Retell: the client's call type is the normalizer's input type", () => {
  it("both ways", () => {
    expectTypeOf<RetellClientCall>().toExtend<RetellCall>();
    expectTypeOf<RetellCall>().toExtend<RetellClientCall>();
  });
});
