/**
 * GENERATED from the files in src/providers/ by scripts/generate-registry.mjs. Do not edit by hand:
 * add or change a file in src/providers/ and run `pnpm generate`.
 */

import { bland } from "../providers/bland.js";
import { butter } from "../providers/butter.js";
import { openmic } from "../providers/openmic.js";
import { retell } from "../providers/retell.js";
import { thinnestai } from "../providers/thinnestai.js";
import { vapi } from "../providers/vapi.js";
import { zudu } from "../providers/zudu.js";

/** Every provider descriptor, by provider id, in alphabetical order (one per file of src/providers/). */
export const DESCRIPTORS = {
  bland,
  butter,
  openmic,
  retell,
  thinnestai,
  vapi,
  zudu,
} as const;
