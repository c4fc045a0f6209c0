import { startPrisms } from "@switchboard/testing";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrls: Record<string, string>;
  }
}

/** One Prism mock per provider spec; `inject("prismUrls")` maps provider → base URL. */
export default async function setup(project: TestProject) {
  const servers = await startPrisms(["openmic", "zudu", "thinnestai", "butter"]);
  project.provide("prismUrls", Object.fromEntries(servers.map((s) => [s.name, s.url])));
  return () => Promise.all(servers.map((s) => s.stop()));
}
