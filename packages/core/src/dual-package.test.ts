/**
 * The dual-package hazard: an app can load both builds of this package, the ESM `dist/` (from `import`)
 * and the CommonJS `dist/cjs/` (from `require`), e.g. when one dependency imports it and another requires
 * it. Errors thrown by one copy must still match `instanceof` against the classes of the other.
 * Runs against the built package (`pnpm build` first; turbo does it before `test`).
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

type Errors = typeof import("./errors.js");
const esm = (await import(new URL("../dist/errors.js", import.meta.url).href)) as Errors;
const cjs = createRequire(import.meta.url)("../dist/cjs/errors.js") as Errors;

const init = { provider: "toy", status: 404, headers: {}, body: { message: "no such call" } };

describe("instanceof across the ESM and CommonJS builds", () => {
  it("loads two distinct copies of each class", () => {
    expect(esm.NotFoundError).not.toBe(cjs.NotFoundError);
  });

  it.each([
    ["ESM error, CommonJS classes", esm, cjs],
    ["CommonJS error, ESM classes", cjs, esm],
  ])("%s: the error's class and its ancestors match, siblings do not", (_, from, to) => {
    const error = from.makeAPIError(init);
    expect(error).toBeInstanceOf(to.NotFoundError);
    expect(error).toBeInstanceOf(to.APIError);
    expect(error).toBeInstanceOf(to.SwitchboardError);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(to.AuthenticationError);
    expect(error).not.toBeInstanceOf(to.APIConnectionError);
  });

  it("matches subclass chains below APIError and APIConnectionError", () => {
    const timeout = new cjs.APITimeoutError("toy: timed out", { provider: "toy", timeoutMs: 5 });
    expect(timeout).toBeInstanceOf(esm.APITimeoutError);
    expect(timeout).toBeInstanceOf(esm.APIConnectionError);
    expect(timeout).not.toBeInstanceOf(esm.APIUserAbortError);
    const rateLimit = esm.makeAPIError({ ...init, status: 429 });
    expect(rateLimit).toBeInstanceOf(cjs.RateLimitError);
    expect(rateLimit).not.toBeInstanceOf(cjs.InternalServerError);
  });

  it("does not match look-alikes: plain errors and objects", () => {
    expect(new Error("x")).not.toBeInstanceOf(esm.SwitchboardError);
    expect({ name: "NotFoundError", status: 404 }).not.toBeInstanceOf(cjs.NotFoundError);
    expect(null).not.toBeInstanceOf(cjs.SwitchboardError);
  });

  it("keeps the prototype check for a user's own subclass", () => {
    class MyError extends esm.SwitchboardError {}
    const mine = new MyError("mine");
    expect(mine).toBeInstanceOf(MyError);
    expect(mine).toBeInstanceOf(cjs.SwitchboardError);
    expect(new esm.SwitchboardError("base")).not.toBeInstanceOf(MyError);
  });
});

describe("every error class is branded", () => {
  it("registers each exported SwitchboardError subclass", async () => {
    const source = await import("./errors.js");
    const classes = Object.values(source).filter(
      (value) =>
        typeof value === "function" &&
        (value === source.SwitchboardError ||
          Object.prototype.isPrototypeOf.call(source.SwitchboardError, value)),
    ) as ((...args: never[]) => unknown)[];
    expect(classes.length).toBeGreaterThan(10);
    for (const errorClass of classes) {
      expect(Object.hasOwn(errorClass, Symbol.for("@switchboard/core.errorClass")), errorClass.name).toBe(
        true,
      );
    }
  });
});
