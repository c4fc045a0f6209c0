/**
 * The normalizer types Zudu's input with the client's own generated types, imported as types only from
 * `@switchboard/zudu/types` (one generated file per spec). This check (run by `pnpm typecheck`, and by
 * vitest) proves that the input type the mapping declares is exactly what the client returns, so it cannot
 * pick another schema of the spec by mistake.
 */
import type { ZuduCall as ZuduClientCall } from "@switchboard/zudu";
import { describe, expectTypeOf, it } from "vitest";
import type { ZuduCall } from "./zudu-call.js";

describe("Zudu: the client's call type is the normalizer's input type", () => {
  it("both ways", () => {
    expectTypeOf<ZuduClientCall>().toExtend<ZuduCall>();
    expectTypeOf<ZuduCall>().toExtend<ZuduClientCall>();
  });
});
