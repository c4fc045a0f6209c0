import { prismGlobalSetup } from "@switchboard/testing";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

/** Starts `prism mock --errors specs/zudu.yaml` for the contract tests; `inject("prismUrl")` gives its URL. */
export default prismGlobalSetup("zudu");
