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
 * @throws {Error} when the operation, or a JSON response schema for `status`, is not in the spec.
 */
export function createSpecValidator(
  loadSpec: () => Promise<Json>,
): (operationId: string, status: number) => Promise<ResponseValidator> {
  const cache = new Map<string, Promise<ResponseValidator>>();
  let ajvPromise: Promise<{ ajv: import("ajv").default; spec: Json }> | undefined;
  const ajvFor = () => {
    ajvPromise ??= Promise.all([loadAjv(), loadSpec()]).then(([ajv, spec]) => ({ ajv, spec }));
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
          return (validate.errors ?? []).map((e) => toIssue(e, body));
        };
      })();
      cache.set(key, validator);
    }
    return validator;
  };
}

/** A new Ajv (JSON Schema 2020-12, all errors, formats), loaded on first use. */
async function loadAjv(): Promise<import("ajv").default> {
  const [{ Ajv2020 }, formats] = await Promise.all([import("ajv/dist/2020.js"), import("ajv-formats")]);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  // ajv-formats is CommonJS: its function is the default export.
  const addFormats = (formats as unknown as { default: (a: unknown) => void }).default;
  addFormats(ajv);
  return ajv as unknown as import("ajv").default;
}

/**
 * Compiles, once per webhook, a validator of the JSON body of `spec.webhooks[name]` (OpenAPI 3.1 top-level
 * `webhooks`, the `post` operation's `application/json` request body), on the same Ajv 2020-12 setup as
 * {@link createSpecValidator}. Use it to check a payload against the provider's documented shape.
 *
 * @throws {Error} (from the returned function) when the spec has no such webhook or it has no JSON body schema.
 */
export function createWebhookValidator(
  loadSpec: () => Promise<Json>,
): (webhookName: string) => Promise<ResponseValidator> {
  const cache = new Map<string, Promise<ResponseValidator>>();
  return (name) => {
    let validator = cache.get(name);
    if (!validator) {
      validator = (async () => {
        const [ajv, spec] = await Promise.all([loadAjv(), loadSpec()]);
        const webhooks = (spec.webhooks ?? {}) as Record<string, Json>;
        const operation = (Object.hasOwn(webhooks, name) ? webhooks[name]?.post : undefined) as
          | Json
          | undefined;
        const content = ((operation?.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
        const schema = content["application/json"]?.schema as Json | undefined;
        if (!schema) throw new Error(`webhook ${name} has no application/json body schema in the spec`);
        const validate = ajv.compile({
          $id: `switchboard:webhook:${name}`,
          components: spec.components,
          allOf: [schema],
        });
        return (body: unknown) =>
          validate(body) ? [] : (validate.errors ?? []).map((e) => toIssue(e, body));
      })();
      cache.set(name, validator);
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

function toIssue(error: AjvError, body: unknown): ValidationIssue {
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
  const actual = actualValue === undefined ? undefined : JSON.stringify(actualValue).slice(0, 80);
  return { path, expected, actual };
}
