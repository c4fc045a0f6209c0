import { startPostgres } from "@switchboard/testing";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One throwaway PostgreSQL server for the suite (`inject("postgresUrl")`); tests create their own databases. */
export default async function setup({ provide }: { provide: (key: "postgresUrl", value: string) => void }) {
  const server = await startPostgres();
  provide("postgresUrl", server.url);
  return () => server.stop();
}
