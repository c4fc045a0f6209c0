import { describe, expect, it } from "vitest";
import { Ctx } from "./context.js";
import { lookupFolded, mapEnum } from "./enum.js";

const TABLE = { ended: "ended", "in-progress": "in_progress" } as const;

describe("lookupFolded", () => {
  it("finds the value as sent and in any other case", () => {
    expect(lookupFolded(TABLE, "ended")).toBe("ended");
    expect(lookupFolded(TABLE, "ENDED")).toBe("ended");
    expect(lookupFolded(TABLE, "In-Progress")).toBe("in_progress");
  });

  it("never matches an inherited key, in any case", () => {
    expect(lookupFolded(TABLE, "constructor")).toBeUndefined();
    expect(lookupFolded(TABLE, "Constructor")).toBeUndefined();
    expect(lookupFolded(TABLE, "__proto__")).toBeUndefined();
    expect(lookupFolded(TABLE, "toString")).toBeUndefined();
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
