/**
 * The smallest real app of a client: one `getCall` with default options (no response validation). Bundled
 * by esbuild into one minified file for the size budget in .size-limit.cjs: it must stay small, i.e. the
 * validator (Ajv) and the OpenAPI document must not be pulled in unless the app imports
 * `@switchboard/openmic/validation`.
 */
import { createOpenMicClient } from "@switchboard/openmic";

const openmic = createOpenMicClient({ apiKey: process.argv[3] ?? "" });
openmic.getCall(process.argv[2] ?? "").then((call) => console.log(call.call_id, call.call_status));
