import { prismGlobalSetup } from "@switchboard/testing";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

/** Starts `prism mock --errors specs/bland.yaml`; `inject("prismUrl")` gives its URL. */
export default prismGlobalSetup("bland");
