import { describe, expect, it } from "vitest";
import { countText } from "../../src/domain/count-text.ts";

describe("countText", () => {
  it.each([
    [7, false, "7"],
    [1234, false, "1.234"],
    [47_490, false, "47.490"],
    // An estimate keeps two digits: the third would claim a precision it does not have.
    [47_230, true, "ca. 47.000"],
    [1_760, true, "ca. 1.800"],
    [62, true, "ca. 62"],
    [7, true, "ca. 7"],
    // Nothing found is nothing, estimated or not.
    [0, true, "0"],
  ])("shows %d (estimated: %s) as %s", (count, estimated, shown) => {
    expect(countText(count, estimated)).toBe(shown);
  });
});
