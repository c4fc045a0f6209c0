import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { parse } from "yaml";

type Schema = Record<string, unknown>;

/** Reads `specs/<name>.yaml` of the repository as JSON. */
export function loadSpec(name: string): Schema {
  return parse(
    readFileSync(fileURLToPath(new URL(`../../../../specs/${name}.yaml`, import.meta.url)), "utf8"),
  ) as Schema;
}

/** Options of {@link arbitraryFromSchema}. */
export interface ArbitraryOptions {
  /** Longest generated array (default 6). */
  maxArrayLength?: number;
  /** Probability weight of an undeclared extra property on open objects (default: sometimes). */
  extraProperties?: boolean;
}

/**
 * A fast-check arbitrary of the values a JSON Schema (OpenAPI 3.1 dialect) allows, for property-based tests
 * of the normalizers on inputs derived from each provider's spec rather than hand-picked. Supports `$ref`
 * (within `spec`), `type` (also type arrays with `"null"`), `enum`, `const`, `properties`/`required`,
 * `additionalProperties` (open objects sometimes get extra keys), `items`, `minItems`/`maxItems`,
 * `minimum`/`maximum`, `format: date-time`, `oneOf`/`anyOf`, and the first member of `allOf`.
 */
export function arbitraryFromSchema(
  spec: Schema,
  schema: Schema,
  options: ArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const maxLength = options.maxArrayLength ?? 6;
  const extra = options.extraProperties ?? true;
  const resolve = (node: Schema): Schema => {
    let current = node;
    for (let i = 0; typeof current.$ref === "string" && i < 20; i++) {
      current = (current.$ref as string)
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>((acc, key) => (acc as Schema)?.[key], spec) as Schema;
    }
    return current;
  };
  const build = (raw: Schema, depth: number): fc.Arbitrary<unknown> => {
    const node = resolve(raw);
    if ("const" in node) return fc.constant(node.const);
    if (Array.isArray(node.enum)) {
      const values = node.enum as unknown[];
      const nullable = Array.isArray(node.type) && (node.type as string[]).includes("null");
      return nullable ? fc.constantFrom(...values, null) : fc.constantFrom(...values);
    }
    const variants = (node.oneOf ?? node.anyOf) as Schema[] | undefined;
    if (variants) return fc.oneof(...variants.map((v) => build(v, depth + 1)));
    if (Array.isArray(node.allOf)) return build(node.allOf[0] as Schema, depth + 1);
    const types = Array.isArray(node.type)
      ? (node.type as string[])
      : node.type
        ? [node.type as string]
        : ["object"];
    return fc.oneof(...types.map((type) => buildType(node, type, depth)));
  };
  const buildType = (node: Schema, type: string, depth: number): fc.Arbitrary<unknown> => {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
        return fc.integer({
          min: typeof node.minimum === "number" ? node.minimum : -1_000_000,
          max: typeof node.maximum === "number" ? node.maximum : 2_000_000_000_000,
        });
      case "number":
        return fc.double({
          noNaN: true,
          noDefaultInfinity: true,
          min: typeof node.minimum === "number" ? node.minimum : -1e6,
          max: typeof node.maximum === "number" ? node.maximum : 1e6,
        });
      case "string":
        if (node.format === "date-time") {
          return fc
            .date({
              min: new Date("2000-01-01T00:00:00Z"),
              max: new Date("2100-01-01T00:00:00Z"),
              noInvalidDate: true,
            })
            .map((d) => d.toISOString());
        }
        return fc.string({ maxLength: 24 });
      case "array": {
        const items = node.items ? build(node.items as Schema, depth + 1) : fc.anything();
        return fc.array(items, {
          minLength: typeof node.minItems === "number" ? node.minItems : 0,
          maxLength: typeof node.maxItems === "number" ? node.maxItems : depth > 3 ? 2 : maxLength,
        });
      }
      default: {
        const properties = (node.properties ?? {}) as Record<string, Schema>;
        const required = new Set((node.required ?? []) as string[]);
        const keys = Object.keys(properties);
        const record = fc.record(
          Object.fromEntries(keys.map((k) => [k, build(properties[k] as Schema, depth + 1)])),
          {
            requiredKeys: keys.filter((k) => required.has(k)),
          },
        );
        if (keys.length === 0 || (node.additionalProperties !== false && extra && depth < 4)) {
          const extras = fc.dictionary(
            fc.string({ minLength: 1, maxLength: 10 }),
            fc.oneof(fc.string(), fc.integer(), fc.boolean()),
            {
              maxKeys: keys.length === 0 ? 3 : 1,
            },
          );
          return fc
            .tuple(record, extras)
            .map(([r, e]) => Object.assign(Object.fromEntries(Object.entries(e)), r));
        }
        return record;
      }
    }
  };
  return build(schema, 0);
}
