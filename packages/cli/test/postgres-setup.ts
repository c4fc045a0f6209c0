import { postgresBinDir, startPostgres } from "@switchboard/testing";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One throwaway PostgreSQL server for the suite (`inject("postgresUrl")`); tests create their own databases. */
export default async function setup({ provide }: { provide: (key: "postgresUrl", value: string) => void }) {
  // CI installs PostgreSQL (.ci/run) and must run these tests; elsewhere a machine without it skips them.
  if (!postgresBinDir() && !process.env.CI) {
    console.warn("PostgreSQL is not installed (apt-get install postgresql-15): its tests are skipped");
    provide("postgresUrl", "");
    return;
  }
  const server = await startPostgres();
  provide("postgresUrl", server.url);
  return () => server.stop();
}
