import { PROVIDER_NAMES } from "@switchboard/sdk";
import { prismsGlobalSetup } from "@switchboard/testing";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrls: Record<string, string>;
  }
}

/** One Prism mock per provider of the registry; `inject("prismUrls")` maps provider → base URL. */
export default prismsGlobalSetup([...PROVIDER_NAMES]);
