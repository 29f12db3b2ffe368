import { describe, it, expect } from "vitest";
import { decimal, optionalDate, recordId, requiredDate, rowId, wholeNumber } from "../../src/domain/form-fields.ts";

const DATE_MESSAGE = "Vul een geldige datum in (dd-mm-jjjj).";
const messagesOf = (result: { success: boolean; error?: { issues: ReadonlyArray<{ message: string }> } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.message);

describe("requiredDate", () => {
  const date = requiredDate("de startdatum");

  it.each([
    ["2026-03-15", "2026-03-15"],
    [" 2026-03-15 ", "2026-03-15"],
    ["2028-02-29", "2028-02-29"],
    ["2026-12-31", "2026-12-31"],
  ])("accepts %j", (input, output) => {
    expect(date.parse(input)).toBe(output);
  });

  it("asks for an empty date first", () => {
    expect(messagesOf(date.safeParse(""))[0]).toBe("Vul de startdatum in.");
    expect(messagesOf(date.safeParse("   "))[0]).toBe("Vul de startdatum in.");
    expect(messagesOf(date.safeParse(undefined))).toEqual(["Vul de startdatum in."]);
  });

  it.each(["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "15-03-2026", "2026-3-15", "2026/03/15", "morgen"])(
    "refuses %j",
    (input) => {
      expect(messagesOf(date.safeParse(input))).toEqual([DATE_MESSAGE]);
    },
  );
});

describe("optionalDate", () => {
  it.each([
    ["", ""],
    ["  ", ""],
    ["2026-03-15", "2026-03-15"],
    ["2028-02-29", "2028-02-29"],
  ])("accepts %j", (input, output) => {
    expect(optionalDate.parse(input)).toBe(output);
  });

  it.each(["2026-02-29", "2026-02-30", "31-12-2026", "x"])("refuses %j", (input) => {
    expect(messagesOf(optionalDate.safeParse(input))).toEqual([DATE_MESSAGE]);
  });
});

describe("wholeNumber", () => {
  const count = wholeNumber("het aantal", 1, 10_000);
  const message = "Vul het aantal in als geheel getal van 1 tot en met 10.000.";

  it.each([
    ["1", 1],
    ["10000", 10_000],
    ["10.000", 10_000],
    ["1.250", 1250],
    ["  48  ", 48],
    ["007", 7],
  ])("reads %j as %d", (input, output) => {
    expect(count.parse(input)).toBe(output);
  });

  it.each(["", "  ", "0", "10001", "10.001", "-1", "4,5", "12abc", "1e3", "0x10", "1 250", "vier"])("refuses %j", (input) => {
    expect(messagesOf(count.safeParse(input))).toEqual([message]);
  });

  it("allows negatives when the minimum does", () => {
    expect(wholeNumber("de correctie", -10, 10).parse("-10")).toBe(-10);
    expect(messagesOf(wholeNumber("de correctie", -10, 10).safeParse("-11"))).toEqual([
      "Vul de correctie in als geheel getal van -10 tot en met 10.",
    ]);
  });

  // A dot is a thousands separator only between groups of three digits; "12.5" is a decimal
  // number (see decimal.ts), not 125.
  it.each(["12.5", "1.00", "1.2.3", ".5", "100."])("refuses %j rather than dropping the dot", (input) => {
    expect(messagesOf(count.safeParse(input))).toEqual([message]);
  });
});

describe("decimal", () => {
  const value = decimal("de gemeten waarde");
  const message = "Vul de gemeten waarde in als getal, bijvoorbeeld 850 of 72,5.";

  it.each([
    ["72,5", 72.5],
    ["1.000", 1000],
    ["1.000,25", 1000.25],
    ["72.5", 72.5],
    ["-3", -3],
    ["0", 0],
    ["1.000.000.000.000", 1e12],
  ])("reads %j as %d", (input, output) => {
    expect(value.parse(input)).toBe(output);
  });

  it.each(["", "abc", "1,2,3", "1e5", "72,5%"])("refuses %j", (input) => {
    expect(messagesOf(value.safeParse(input))).toEqual([message]);
  });

  it.each(["1.000.000.000.001", "-1000000000001"])("refuses %j as too large", (input) => {
    expect(messagesOf(value.safeParse(input))).toEqual(["Dit getal is te groot."]);
  });
});

describe("recordId", () => {
  it.each(["abc123def456ghi", "000000000000000", "zzzzzzzzzzzzzzz"])("accepts %j", (id) => {
    expect(recordId.parse(id)).toBe(id);
  });

  it.each(["", "abc123def456gh", "abc123def456ghij", "ABC123DEF456GHI", "abc123def456gh_", " abc123def456ghi"])("refuses %j", (id) => {
    expect(messagesOf(recordId.safeParse(id))).toEqual(["Ongeldige verwijzing."]);
  });
});

describe("rowId", () => {
  it("reads an empty id as a new row", () => {
    expect(rowId.parse("")).toBeUndefined();
    expect(rowId.parse(undefined)).toBeUndefined();
  });

  it("keeps a valid id", () => {
    expect(rowId.parse("abc123def456ghi")).toBe("abc123def456ghi");
  });

  it.each(["abc", "ABC123DEF456GHI", " ", "abc123def456ghi "])("refuses %j", (id) => {
    expect(rowId.safeParse(id).success).toBe(false);
  });
});
