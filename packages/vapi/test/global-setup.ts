import { prismGlobalSetup } from "@switchboard/testing";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

/** Starts `prism mock --errors specs/vapi.yaml`; `inject("prismUrl")` gives its URL. */
export default prismGlobalSetup("vapi");
