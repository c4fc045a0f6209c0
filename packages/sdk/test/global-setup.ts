import { startPrisms } from "@switchboard/testing";
import type { TestProject } from "vitest/node";
import { PROVIDER_NAMES } from "../src/client.js";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrls: Record<string, string>;
  }
}

/** Starts one Prism mock per provider descriptor; `inject("prismUrls")` maps provider → URL. */
export default async function setup(project: TestProject) {
  const servers = await startPrisms([...PROVIDER_NAMES]);
  project.provide("prismUrls", Object.fromEntries(servers.map((s) => [s.name, s.url])));
  return () => Promise.all(servers.map((s) => s.stop()));
}
