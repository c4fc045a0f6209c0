/**
 * The placeholders of scripts/templates/provider and their values for one provider spec: used by
 * scripts/new-provider.mjs to scaffold a package, and by packages/testing/test/provider-template.test.ts to
 * render the client template for OpenMic's spec and compare it with packages/openmic/src/client.ts.
 *
 * The spec must follow specs/CONVENTIONS.md: operationIds `getCall` (GET with one path parameter) and
 * `listCalls` (GET), a server URL, and a Bearer or single API-key-header security scheme.
 */

/**
 * `{ placeholder: value }` for `spec` (parsed YAML) of provider `name` (lower-case, dashes).
 * `options.title` overrides the display name (default: `info.title` without " call records API");
 * `options.pascal` the PascalCase name used in identifiers (default: from `name`, `acme-ai` → `AcmeAi`).
 * @throws {Error} naming what the spec lacks for the template.
 */
export function providerReplacements(spec, name, options = {}) {
  const find = (operationId) => {
    for (const [path, item] of Object.entries(spec.paths ?? {})) {
      for (const [method, op] of Object.entries(item))
        if (op?.operationId === operationId) return { path, method, op };
    }
    throw new Error(`no operation with operationId ${operationId}`);
  };
  const get = find("getCall");
  const list = find("listCalls");
  if (get.method !== "get" || list.method !== "get")
    throw new Error("getCall and listCalls must be GET operations for the template");
  const pathParam =
    (get.op.parameters ?? []).find((p) => p.in === "path")?.name ?? /\{([^}]+)\}/.exec(get.path)?.[1];
  if (!pathParam) throw new Error("getCall has no path parameter");
  const baseUrl = spec.servers?.[0]?.url;
  if (!baseUrl) throw new Error("no servers[0].url");
  const requirement = Object.keys((spec.security ?? [])[0] ?? {});
  if (requirement.length !== 1)
    throw new Error("the template supports one security scheme (Bearer or an API-key header)");
  const scheme = spec.components?.securitySchemes?.[requirement[0]];
  let authHeader;
  let authHeaderName;
  let authDoc;
  if (scheme?.type === "http" && scheme.scheme === "bearer") {
    authHeaderName = "authorization";
    // The generated client's source text: a template literal reading its `apiKey` variable.
    authHeader = ["Authorization: `Bearer $", "{apiKey}`"].join("");
    authDoc = "`Authorization: Bearer <apiKey>`";
  } else if (scheme?.type === "apiKey" && scheme.in === "header") {
    authHeaderName = scheme.name.toLowerCase();
    authHeader = `${JSON.stringify(scheme.name)}: apiKey`;
    authDoc = `\`${scheme.name}\``;
  } else {
    throw new Error(`security scheme ${requirement[0]} is neither http bearer nor an apiKey header`);
  }
  // Whether the list reports its total (a `total` number on the page): then the template client fetches the
  // pages after the first concurrently.
  const resolve = (node) => resolveRef(spec, node);
  const listSchema = resolve(list.op.responses?.["200"]?.content?.["application/json"]?.schema);
  const listTotal = resolve(listSchema?.properties?.total)?.type;
  const pascal = options.pascal ?? name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
  return {
    __Name__: pascal,
    // camelCase identifiers (`openMicResponseValidator`): the PascalCase name with its first letter lowered.
    __camel__: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    __NAME__: name.toUpperCase().replace(/-/g, "_"),
    __name__: name,
    __Title__: options.title ?? spec.info?.title?.replace(/ call records API$/i, "") ?? pascal,
    __baseUrl__: baseUrl,
    __getPath__: get.path,
    __pathParam__: /^[A-Za-z_$][\w$]*$/.test(pathParam) ? pathParam : JSON.stringify(pathParam),
    __listPath__: list.path,
    __listHasTotal__: String(listTotal === "integer" || listTotal === "number"),
    __authHeader__: authHeader,
    __authHeaderName__: authHeaderName,
    __authDoc__: authDoc,
  };
}

/** `node` with its local `$ref`s followed in `spec` (at most 10 hops); `undefined` stays `undefined`. */
export function resolveRef(spec, node) {
  for (let i = 0; node?.$ref && i < 10; i++)
    node = node.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((acc, key) => acc?.[key], spec);
  return node;
}

/** `text` with every placeholder of `replacements` replaced by its value. */
export function fillTemplate(text, replacements) {
  return Object.entries(replacements).reduce((out, [key, value]) => out.split(key).join(value), text);
}
