/**
 * The normalizer types OpenMic's input with the client's own generated types, imported as types only from
 * `@switchboard/openmic/types` (one generated file per spec). This check (run by `pnpm typecheck`, and by
 * vitest) proves that the input type the mapping declares is exactly what the client returns, so it cannot
 * pick another schema of the spec by mistake.
 */
import type { OpenMicCall as OpenMicClientCall } from "@switchboard/openmic";
import { describe, expectTypeOf, it } from "vitest";
import type { OpenMicCall } from "./openmic-call.js";

describe("OpenMic: the client's call type is the normalizer's input type", () => {
  it("both ways", () => {
    expectTypeOf<OpenMicClientCall>().toExtend<OpenMicCall>();
    expectTypeOf<OpenMicCall>().toExtend<OpenMicClientCall>();
  });
});
