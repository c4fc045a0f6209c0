import { postgresGlobalSetup } from "@switchboard/testing";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One throwaway PostgreSQL server for the suite (`inject("postgresUrl")`); tests create their own databases. */
export default postgresGlobalSetup();
