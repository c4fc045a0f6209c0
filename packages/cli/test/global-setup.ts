import { PROVIDER_NAMES } from "@switchboard/sdk";
import { prismsGlobalSetup } from "@switchboard/testing";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrls: Record<string, string>;
  }
}

/** Starts one Prism mock per provider descriptor; `inject("prismUrls")` maps provider → URL. */
export default prismsGlobalSetup([...PROVIDER_NAMES]);
