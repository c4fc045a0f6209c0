/**
 * Property paths of a type, two ways: of a TypeScript type in an official SDK's declarations (walked with the
 * TypeScript compiler API), and of a schema of one of our OpenAPI documents (walked through `$ref`, `allOf`,
 * `oneOf`/`anyOf` and `items`). A path is the dotted property names from the root (`artifact.messages.role`):
 * array items add no segment, and a union contributes the properties of each member. Both walkers stop at
 * `maxDepth` segments, and below any path `stopAt` names (a subtree kept as an open object).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { parse } from "yaml";

/** This package's node_modules, where the pinned SDKs are installed. */
const modules = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules");

/**
 * The paths of the type `typeName` declared (directly or in a namespace) in the declaration file `file` of
 * the package `pkg`, as installed in this package's node_modules.
 *
 * @param {{ pkg: string, file: string, typeName: string, maxDepth?: number, stopAt?: (path: string) => boolean }} options
 * @returns {Set<string>}
 */
export function sdkPaths({ pkg, file, typeName, maxDepth = 8, stopAt = () => false }) {
  const entry = join(modules, pkg, file);
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`${pkg}/${file}: not found`);
  let root;
  const visit = (node) => {
    if (root) return;
    if (
      (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) &&
      qualifiedName(node) === typeName
    )
      root = checker.getTypeAtLocation(node.name);
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!root) throw new Error(`${pkg}/${file}: no type ${typeName}`);
  const paths = new Set();
  const walk = (type, prefix, depth, chain) => {
    for (const member of objectMembers(checker, type)) {
      for (const property of checker.getPropertiesOfType(member)) {
        const path = prefix ? `${prefix}.${property.name}` : property.name;
        paths.add(path);
        if (depth + 1 >= maxDepth || stopAt(path)) continue;
        const declaration = property.valueDeclaration ?? property.declarations?.[0];
        const next = declaration ? checker.getTypeOfSymbolAtLocation(property, declaration) : undefined;
        if (!next || chain.has(next)) continue;
        walk(next, path, depth + 1, new Set([...chain, next]));
      }
    }
  };
  walk(root, "", 0, new Set([root]));
  return paths;
}

/** `CallListParams.FilterCriteria` for a declaration inside `namespace CallListParams`. */
function qualifiedName(node) {
  const names = [node.name.text];
  for (let p = node.parent; p; p = p.parent) if (ts.isModuleDeclaration(p)) names.unshift(p.name.text);
  return names.join(".");
}

/** The object types a property's type may be: itself, its union members, array elements; none for primitives. */
function objectMembers(checker, type) {
  const out = [];
  const add = (t) => {
    if (t.isUnion()) return t.types.forEach(add);
    if (checker.isArrayType(t) || checker.isTupleType(t)) return checker.getTypeArguments(t).forEach(add);
    if (t.flags & ts.TypeFlags.Object && !t.getCallSignatures().length) out.push(t);
    if (t.isIntersection()) out.push(t);
  };
  add(type);
  return out;
}

/**
 * The paths of the schema `schemaName` of the OpenAPI document `specFile` (YAML).
 *
 * @param {{ specFile: string, schemaName?: string, schema?: object, maxDepth?: number, stopAt?: (path: string) => boolean }} options
 * @returns {Set<string>}
 */
export function specPaths({ specFile, schemaName, schema, maxDepth = 8, stopAt = () => false }) {
  const doc = parse(readFileSync(specFile, "utf8"));
  const resolve = (s) => {
    let node = s;
    for (let i = 0; node?.$ref && i < 20; i++) {
      const ref = node.$ref.replace(/^#\//, "").split("/");
      node = ref.reduce((n, k) => n?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
    }
    return node ?? {};
  };
  const paths = new Set();
  const members = (s, seen = new Set()) => {
    const node = resolve(s);
    if (seen.has(node)) return [];
    seen.add(node);
    const out = [];
    if (node.properties) out.push(node);
    for (const key of ["allOf", "oneOf", "anyOf"])
      for (const sub of node[key] ?? []) out.push(...members(sub, seen));
    if (node.items) out.push(...members(node.items, seen));
    return out;
  };
  const walk = (s, prefix, depth, chain) => {
    for (const member of members(s)) {
      for (const [name, property] of Object.entries(member.properties)) {
        const path = prefix ? `${prefix}.${name}` : name;
        paths.add(path);
        if (depth + 1 >= maxDepth || stopAt(path)) continue;
        const next = resolve(property);
        if (chain.has(next)) continue;
        walk(property, path, depth + 1, new Set([...chain, next]));
      }
    }
  };
  const root = schema ?? doc.components.schemas[schemaName];
  if (!root) throw new Error(`${specFile}: no schema ${schemaName}`);
  walk(root, "", 0, new Set([resolve(root)]));
  return paths;
}
