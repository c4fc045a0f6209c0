import { butter } from "./butter.js";
import { openmic } from "./openmic.js";
import type { CliProvider } from "./types.js";

/** Every provider the CLI knows, by name. */
export const PROVIDERS: Record<string, CliProvider> = { openmic, butter };

export type { CliProvider, ListFilters, ProviderConnection } from "./types.js";
