/**
 * `@switchboard/core/validation`: response validation against an OpenAPI 3.1 document, with Ajv. A separate
 * entry point on purpose: a client only pulls Ajv and the provider's spec into an app (or a bundle) when the
 * app imports a provider's `/validation` entry and passes its validator as `responseValidator`.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { InvalidArgumentError, type ValidationIssue } from "./errors.js";

/** A compiled check of one operation's 2xx response body. Returns the issues found (empty = valid). */
export type ResponseValidator = (body: unknown) => ValidationIssue[];

/**
 * What a client's `responseValidator` option takes: the validator of one provider's responses, made by
 * {@link createSpecValidator} from that provider's spec (e.g. `openMicResponseValidator` from
 * `@switchboard/openmic/validation`).
 */
export interface SpecValidator {
  /** The provider whose spec this validator checks against (`"openmic"`); a client refuses another's. */
  readonly provider: string;
  /**
   * The validator of `operationId`'s response body for HTTP `status`, compiled on first use and cached.
   * @throws {InvalidArgumentError} when the operation, or a JSON response schema for `status`, is not in the spec.
   */
  forResponse(operationId: string, status: number): Promise<ResponseValidator>;
}

type Json = Record<string, unknown>;

/**
 * Makes the {@link SpecValidator} of `provider` from `spec` (an OpenAPI 3.1 document, the same one the types
 * are generated from). Compiles, once per operation and status, a validator of the response body the spec
 * declares, with Ajv's JSON Schema 2020-12 dialect (the dialect of OpenAPI 3.1) and ajv-formats. Nothing is
 * compiled until a response is checked.
 */
export function createSpecValidator(provider: string, spec: Json): SpecValidator {
  const cache = new Map<string, Promise<ResponseValidator>>();
  const ajvFor = lazyAjv();

  return {
    provider,
    forResponse(operationId, status) {
      const key = `${operationId} ${status}`;
      let validator = cache.get(key);
      if (!validator) {
        validator = (async () => {
          const schema = responseSchema(spec, operationId, status);
          const validate = ajvFor().compile({
            $id: `switchboard:${provider}:${operationId}:${status}`,
            components: spec.components,
            ...schema,
          });
          return (body: unknown) => check(validate, body);
        })();
        cache.set(key, validator);
      }
      return validator;
    },
  };
}

/**
 * Makes the validator of the webhook bodies `spec` declares under its top-level `webhooks:` object (OpenAPI
 * 3.1): `(webhookName) → (body) → issues`, compiled on first use per webhook and cached, with the same Ajv
 * 2020-12 setup as {@link createSpecValidator}.
 *
 * @throws {InvalidArgumentError} (from the returned function) when the spec has no `application/json` body schema for
 * `webhookName`.
 */
export function createWebhookValidator(spec: Json): (webhookName: string) => Promise<ResponseValidator> {
  const cache = new Map<string, Promise<ResponseValidator>>();
  const ajvFor = lazyAjv();
  return (name) => {
    let validator = cache.get(name);
    if (!validator) {
      validator = (async () => {
        const webhooks = (spec.webhooks ?? {}) as Record<string, Json>;
        const operation = (Object.hasOwn(webhooks, name) ? webhooks[name]?.post : undefined) as
          | Json
          | undefined;
        const content = ((operation?.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
        const schema = content["application/json"]?.schema as Json | undefined;
        if (!schema)
          throw new InvalidArgumentError(`webhook ${name} has no application/json body schema in the spec`, {
            argument: "webhookName",
          });
        const validate = ajvFor().compile({
          $id: `switchboard:webhook:${name}`,
          components: spec.components,
          allOf: [schema],
        });
        return (body: unknown) => check(validate, body);
      })();
      cache.set(name, validator);
    }
    return validator;
  };
}

/** One Ajv (JSON Schema 2020-12, with formats) per validator, created on first use. */
function lazyAjv(): () => import("ajv").default {
  let ajv: import("ajv").default | undefined;
  return () => {
    if (!ajv) {
      const instance = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
      // ajv-formats is CommonJS: under ESM its function is the default export's `default`.
      const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (
        a: unknown,
      ) => void;
      addFormats(instance);
      ajv = instance as unknown as import("ajv").default;
    }
    return ajv;
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
      if (!schema)
        throw new InvalidArgumentError(
          `no application/json schema for ${operationId} ${status} in the spec`,
          {
            argument: "status",
          },
        );
      return { allOf: [schema] };
    }
  }
  throw new InvalidArgumentError(`operation ${operationId} is not in the spec`, { argument: "operationId" });
}

function resolvePointer(doc: Json, ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

/** A compiled Ajv validator, as far as {@link check} uses it. */
interface Validate {
  (body: unknown): boolean;
  errors?: AjvError[] | null;
}

/**
 * The issues of `body`. A value outside a listed `enum` (or `const`) is **drift**, not an error: providers add
 * values (a new `disconnection_reason`, a new status) before their references list them. Such a value is
 * reported with `drift: true`, and the body is checked again with it replaced by a listed value, so that what is
 * left are the real mismatches (a wrong type, a missing required field). A body whose only issues are drift
 * is valid with warnings.
 */
function check(validate: Validate, body: unknown): ValidationIssue[] {
  if (validate(body)) return [];
  let errors = validate.errors ?? [];
  const drift = new Map<string, ValidationIssue>();
  let patched: unknown;
  for (let round = 0; round < 20; round++) {
    const enums = errors.filter((e) => e.keyword === "enum" || e.keyword === "const");
    if (enums.length === 0) break;
    patched ??= structuredClone(body);
    for (const error of enums) {
      if (!drift.has(error.instancePath))
        drift.set(error.instancePath, { ...toIssue(error, body), drift: true });
      const listed =
        error.keyword === "const" ? error.params.allowedValue : (error.params.allowedValues as unknown[])[0];
      patched = setPointer(patched, error.instancePath, listed);
    }
    if (validate(patched)) return [...drift.values()];
    errors = validate.errors ?? [];
  }
  const real = errors
    .filter((e) => e.keyword !== "enum" && e.keyword !== "const")
    .map((e) => toIssue(e, body));
  return [...drift.values(), ...real];
}

/** `root` with the value at JSON Pointer `pointer` replaced (the root itself for `""`). */
function setPointer(root: unknown, pointer: string, value: unknown): unknown {
  if (pointer === "") return value;
  const keys = pointer
    .slice(1)
    .split("/")
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node?.[key] as Record<string, unknown>;
  if (node && typeof node === "object") node[keys[keys.length - 1] as string] = value;
  return root;
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
  // Cut at 1 000 characters here; the client redacts the text and only then cuts it to 80, so that no part of
  // a secret straddling character 80 survives.
  const actual = actualValue === undefined ? undefined : jsonText(actualValue).slice(0, 1000);
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
