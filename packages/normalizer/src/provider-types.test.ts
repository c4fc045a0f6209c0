/**
 * The normalizer types each provider's input with the provider's own generated types, imported as types only
 * from `@switchboard/<provider>/types` (one generated file per spec, in the client's package; the build
 * copies it into the normalizer's published `.d.ts`, so a user without that client still type-checks). These
 * checks (run by `pnpm typecheck`, and by vitest) prove that the input type each normalizer declares is
 * exactly what the client returns, so a mapping cannot pick another schema of the spec by mistake.
 */
import type { BlandCall as BlandClientCall } from "@switchboard/bland";
import type { ButterCall as ButterClientCall } from "@switchboard/butter";
import type { OpenMicCall as OpenMicClientCall } from "@switchboard/openmic";
import type { RetellCall as RetellClientCall } from "@switchboard/retell";
import type { ThinnestAICall as ThinnestAIClientCall } from "@switchboard/thinnestai";
import type { VapiCall as VapiClientCall } from "@switchboard/vapi";
import type { ZuduCall as ZuduClientCall } from "@switchboard/zudu";
import { describe, expectTypeOf, it } from "vitest";
import type { BlandCall } from "./bland/types.js";
import type { ButterCall } from "./butter/butter-call.js";
import type { OpenMicCall } from "./openmic/openmic-call.js";
import type { RetellCall } from "./retell/types.js";
import type { ThinnestAICall } from "./thinnestai/thinnestai-call.js";
import type { VapiCall } from "./vapi/types.js";
import type { ZuduCall } from "./zudu/zudu-call.js";

describe("a client's call type is the normalizer's input type", () => {
  it("OpenMic", () => {
    expectTypeOf<OpenMicClientCall>().toExtend<OpenMicCall>();
    expectTypeOf<OpenMicCall>().toExtend<OpenMicClientCall>();
  });
  it("Zudu", () => {
    expectTypeOf<ZuduClientCall>().toExtend<ZuduCall>();
    expectTypeOf<ZuduCall>().toExtend<ZuduClientCall>();
  });
  it("ThinnestAI", () => {
    expectTypeOf<ThinnestAIClientCall>().toExtend<ThinnestAICall>();
    expectTypeOf<ThinnestAICall>().toExtend<ThinnestAIClientCall>();
  });
  it("Butter", () => {
    expectTypeOf<ButterClientCall>().toExtend<ButterCall>();
    expectTypeOf<ButterCall>().toExtend<ButterClientCall>();
  });
  it("Retell", () => {
    expectTypeOf<RetellClientCall>().toExtend<RetellCall>();
    expectTypeOf<RetellCall>().toExtend<RetellClientCall>();
  });
  it("Vapi", () => {
    expectTypeOf<VapiClientCall>().toExtend<VapiCall>();
    expectTypeOf<VapiCall>().toExtend<VapiClientCall>();
  });
  it("Bland", () => {
    expectTypeOf<BlandClientCall>().toExtend<BlandCall>();
    expectTypeOf<BlandCall>().toExtend<BlandClientCall>();
  });
});
