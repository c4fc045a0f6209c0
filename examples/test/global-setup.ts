import { prismsGlobalSetup } from "@switchboard/testing";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrls: Record<string, string>;
  }
}

/** One Prism mock per provider the examples use; `inject("prismUrls")` maps provider → base URL. */
export default prismsGlobalSetup(["openmic", "zudu", "thinnestai", "butter"]);
