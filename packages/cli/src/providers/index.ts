import { butter } from "./butter.js";
import { openmic } from "./openmic.js";
import { thinnestai } from "./thinnestai.js";
import type { CliProvider } from "./types.js";
import { zudu } from "./zudu.js";

/** Every provider the CLI knows, by name. */
export const PROVIDERS: Record<string, CliProvider> = { openmic, zudu, thinnestai, butter };

export type { CliProvider, ListFilters, ProviderConnection } from "./types.js";
