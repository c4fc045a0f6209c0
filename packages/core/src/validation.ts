import type { ValidationIssue } from "./errors.js";

/** A compiled check of one operation's 2xx response body. Returns the issues found (empty = valid). */
export type ResponseValidator = (body: unknown) => ValidationIssue[];

type Json = Record<string, unknown>;

/**
 * Compiles, once per operation and status, a validator of the response body that `spec` (an OpenAPI 3.1
 * document, the same one the types are generated from) declares for `operationId`. Uses Ajv's JSON Schema
 * 2020-12 dialect (the dialect of OpenAPI 3.1) with ajv-formats; Ajv is loaded on first use only, so clients
 * that do not validate never load it.
 *
 * @param redact - applied to each issue's `actual` text before it is cut to 80 characters.
 * @throws {Error} when the operation, or a JSON response schema for `status`, is not in the spec.
 */
export function createSpecValidator(
  loadSpec: () => Promise<Json>,
  redact: (text: string) => string = (text) => text,
): (operationId: string, status: number) => Promise<ResponseValidator> {
  const cache = new Map<string, Promise<ResponseValidator>>();
  let ajvPromise: Promise<{ ajv: import("ajv").default; spec: Json }> | undefined;

  const ajvFor = () => {
    ajvPromise ??= (async () => {
      const [{ Ajv2020 }, formats, spec] = await Promise.all([
        import("ajv/dist/2020.js"),
        import("ajv-formats"),
        loadSpec(),
      ]);
      const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
      // ajv-formats is CommonJS: its function is the default export.
      const addFormats = (formats as unknown as { default: (a: unknown) => void }).default;
      addFormats(ajv);
      return { ajv: ajv as unknown as import("ajv").default, spec };
    })();
    return ajvPromise;
  };

  return (operationId, status) => {
    const key = `${operationId} ${status}`;
    let validator = cache.get(key);
    if (!validator) {
      validator = (async () => {
        const { ajv, spec } = await ajvFor();
        const schema = responseSchema(spec, operationId, status);
        const validate = ajv.compile({
          $id: `switchboard:${operationId}:${status}`,
          components: spec.components,
          ...schema,
        });
        return (body: unknown) => {
          if (validate(body)) return [];
          return (validate.errors ?? []).map((e) => toIssue(e, body, redact));
        };
      })();
      cache.set(key, validator);
    }
    return validator;
  };
}

/** Finds the JSON schema of `operationId`'s response for `status` (or its `2XX`/`default`), following `$ref`s. */
function responseSchema(spec: Json, operationId: string, status: number): Json {
  const paths = (spec.paths ?? {}) as Record<string, Record<string, Json>>;
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      if (!operation || typeof operation !== "object" || operation.operationId !== operationId) continue;
      const responses = (operation.responses ?? {}) as Record<string, Json>;
      let response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
      if (response && typeof response.$ref === "string")
        response = resolvePointer(spec, response.$ref) as Json;
      const content = (response?.content ?? {}) as Record<string, Json>;
      const schema = content["application/json"]?.schema as Json | undefined;
      if (!schema) throw new Error(`no application/json schema for ${operationId} ${status} in the spec`);
      return { allOf: [schema] };
    }
  }
  throw new Error(`operation ${operationId} is not in the spec`);
}

function resolvePointer(doc: Json, ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

function toIssue(error: AjvError, body: unknown, redact: (text: string) => string): ValidationIssue {
  let path = error.instancePath;
  let actualValue = resolvePointer({ root: body } as Json, `#/root${path}`);
  let expected = error.message ?? error.keyword;
  if (error.keyword === "required") {
    path = `${path}/${String(error.params.missingProperty)}`;
    actualValue = undefined;
    expected = "a required property";
  } else if (error.keyword === "type") {
    expected = `type ${String(error.params.type)}`;
  } else if (error.keyword === "enum") {
    expected = `one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  }
  // Redacted before the cut, so that no part of a secret straddling character 80 survives.
  const actual = actualValue === undefined ? undefined : redact(jsonText(actualValue)).slice(0, 80);
  return { path, expected, actual };
}

/** JSON text of a value; a value too deep to stringify is described instead. */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? "[…]" : "{…}";
  }
}
