import { describe, expect, it } from "vitest";
import { Ctx } from "./context.js";
import { lookupFolded, mapEnum } from "./enum.js";

const TABLE = { ended: "ended", "in-progress": "in_progress" } as const;

const FROZEN = Object.freeze({ ended: "ended", "in-progress": "in_progress", preview: null });

describe.each([
  ["a plain table", TABLE],
  ["a frozen table", FROZEN],
])("lookupFolded on %s", (_, table) => {
  it("finds the value as sent and in any other case", () => {
    expect(lookupFolded(table, "ended")).toBe("ended");
    expect(lookupFolded(table, "ENDED")).toBe("ended");
    expect(lookupFolded(table, "In-Progress")).toBe("in_progress");
    expect(lookupFolded(table, "in_progress")).toBeUndefined();
  });

  it("never matches an inherited key, in any case", () => {
    expect(lookupFolded(table, "constructor")).toBeUndefined();
    expect(lookupFolded(table, "Constructor")).toBeUndefined();
    expect(lookupFolded(table, "__proto__")).toBeUndefined();
    expect(lookupFolded(table, "toString")).toBeUndefined();
  });
});

describe("lookupFolded", () => {
  it("returns a null entry as null (a known value that maps to nothing), in any case", () => {
    expect(lookupFolded(FROZEN, "preview")).toBeNull();
    expect(lookupFolded(FROZEN, "PREVIEW")).toBeNull();
  });

  it("reads a plain table as it is at each call", () => {
    const table: Record<string, string> = { a: "x" };
    expect(lookupFolded(table, "A")).toBe("x");
    table.a = "y";
    table.b = "z";
    expect(lookupFolded(table, "A")).toBe("y");
    expect(lookupFolded(table, "b")).toBe("z");
  });
});

describe("mapEnum", () => {
  it("keeps the raw value and maps it case-insensitively; an unknown one falls back with a warning", () => {
    const ctx = new Ctx("acme");
    expect(mapEnum(ctx, { s: "ENDED" }, "s", "s", TABLE, "ended")).toEqual({
      unified: "ended",
      raw: "ENDED",
    });
    expect(ctx.warnings).toEqual([]);
    expect(mapEnum(ctx, { s: "hasOwnProperty" }, "s", "s", TABLE, "ended")).toEqual({
      unified: "ended",
      raw: "hasOwnProperty",
    });
    expect(ctx.warnings).toEqual(['s: unknown value "hasOwnProperty"; mapped to "ended"']);
  });
});
