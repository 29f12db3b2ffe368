import { describe, it, expect } from "vitest";
import { decimalToInput, formatDecimal, parseDecimal } from "../../src/domain/decimal.ts";

const normalise = (text: string) => text.replace(/\u00a0/g, " ").replace(/\u2212/g, "-");

describe("parseDecimal", () => {
  it.each([
    ["72,5", 72.5],
    ["1.000", 1000],
    ["43.000", 43000],
    ["1.234.567", 1234567],
    ["72.5", 72.5],
    ["0.25", 0.25],
    ["1.000,5", 1000.5],
    ["1.000,25", 1000.25],
    ["-3", -3],
    ["-2,5", -2.5],
    ["-1.000", -1000],
    ["0", 0],
    ["850", 850],
    [" 72,5 ", 72.5],
    ["1\u00a0000", 1000],
  ])("reads %j as %d", (input, value) => {
    expect(parseDecimal(input)).toBe(value);
  });

  it.each([
    ["", "empty"],
    ["   ", "only spaces"],
    ["1,2,3", "two decimal commas"],
    ["1e5", "exponent notation"],
    ["abc", "letters"],
    ["12abc", "digits with letters"],
    ["1.000.5", "thousands dot followed by a point decimal"],
    ["1.00.000", "misplaced thousands dot"],
    [",5", "no digits before the comma"],
    ["5,", "no digits after the comma"],
    ["--3", "double minus"],
    ["+3", "explicit plus"],
    ["Infinity", "Infinity"],
    ["NaN", "NaN"],
    ["0x10", "hexadecimal"],
  ])("refuses %j (%s)", (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe("formatDecimal", () => {
  it.each([
    [72.5, "72,5"],
    [1000, "1.000"],
    [1000.5, "1.000,5"],
    [1234567, "1.234.567"],
    [72.456, "72,46"],
    [0, "0"],
    [-3, "-3"],
    [-2.5, "-2,5"],
  ])("formats %d as %j", (value, text) => {
    expect(normalise(formatDecimal(value))).toBe(text);
  });
});

describe("decimalToInput", () => {
  it.each([
    [72.5, "72,5"],
    [1000, "1000"],
    [1000.5, "1000,5"],
    [-3, "-3"],
    [0, "0"],
  ])("writes %d as %j", (value, text) => {
    expect(decimalToInput(value)).toBe(text);
  });

  it.each([0, 1, -1, 0.5, 72.5, 850, 999, 1000, 1000.5, 43000, 1234567.89, -2.75, 0.001, 0.000001, 1e12, -1e12])(
    "round-trips %d through parseDecimal",
    (value) => {
      expect(parseDecimal(decimalToInput(value))).toBe(value);
    },
  );

  // A value a person can type (parseDecimal("0,0000001") is 1e-7) must come back into the form
  // as something the parser reads; String(1e-7) is "1e-7", which it refuses.
  it.each([0.0000001, 0.00000025, -0.0000005])("round-trips the very small value %d through parseDecimal", (value) => {
    expect(parseDecimal(decimalToInput(value))).toBe(value);
  });
});
