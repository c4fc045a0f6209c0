import { startPostgres } from "@switchboard/testing";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** Starts one throwaway PostgreSQL server for the suite; each test file creates its own databases in it. */
export default async function setup({ provide }: { provide: (key: "postgresUrl", value: string) => void }) {
  const server = await startPostgres();
  provide("postgresUrl", server.url);
  return () => server.stop();
}
