import { prismsGlobalSetup } from "@switchboard/testing";
import { PROVIDER_NAMES } from "../src/client.js";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrls: Record<string, string>;
  }
}

/** Starts one Prism mock per provider descriptor; `inject("prismUrls")` maps provider → URL. */
export default prismsGlobalSetup([...PROVIDER_NAMES]);
