import { describe, it, expect } from "vitest";
import { MAX_CENTS, centsToInput, formatEuros, negativeAmountMessage, parseEuros, readEuros } from "../../src/domain/money.ts";

/** Intl may put a non-breaking space between "€" and the amount. */
const normalise = (text: string) => text.replace(/\u00a0/g, " ");

describe("parseEuros", () => {
  it.each([
    ["250.000", 25_000_000],
    ["250000", 25_000_000],
    ["1.250,50", 125_050],
    ["1.250,5", 125_050],
    ["1250,05", 125_005],
    ["€ 250.000", 25_000_000],
    ["€250.000", 25_000_000],
    ["\u20ac\u00a01.250,50", 125_050],
    ["  42  ", 4_200],
    ["0", 0],
    ["0,01", 1],
    ["0,99", 99],
    ["1.000.000.000", MAX_CENTS],
    ["1.234.567,89", 123_456_789],
    // As amounts are written in budgets and on invoices.
    ["€ 250.000,-", 25_000_000],
    ["250.000,-", 25_000_000],
    ["250.000,--", 25_000_000],
    ["€ 250.000,\u2013", 25_000_000],
    ["250.000,00", 25_000_000],
    ["1.234,5", 123_450],
    ["EUR 250.000", 25_000_000],
    ["eur 1.250,50", 125_050],
    ["\u20ac\u202f250.000", 25_000_000],
    ["-0", 0],
  ])("reads %j as %d cents", (input, cents) => {
    expect(parseEuros(input)).toBe(cents);
  });

  it.each([
    ["", "empty"],
    ["   ", "only spaces"],
    ["€", "only the euro sign"],
    ["12.5", "English decimal point"],
    ["12.50", "English decimal point with two digits"],
    ["1.25.000", "misplaced thousands dot"],
    ["1.2500", "thousands group of four"],
    ["1,234", "three decimals"],
    ["1,", "comma without cents"],
    [",50", "cents without euros"],
    ["-5", "negative"],
    ["+5", "explicit plus"],
    ["abc", "letters"],
    ["12abc", "digits with letters"],
    ["1e5", "exponent notation"],
    ["1.000,00,00", "two commas"],
    [",-", "no euros before ,-"],
    ["250,-50", "cents after ,-"],
    ["250.000,-,-", ",- twice"],
    ["€€ 250", "two euro signs"],
    ["250 €", "euro sign after the amount"],
    ["250 euro", "the word euro after the amount"],
    ["250.000,-€", "euro sign after ,-"],
    ["--250", "two minus signs"],
    ["1,5e3", "exponent after a comma"],
    ["0x10", "hexadecimal"],
    ["twee ton", "words"],
    ["250.000;", "a stray semicolon"],
  ])("refuses %j (%s)", (input) => {
    expect(parseEuros(input)).toBeNull();
    expect(readEuros(input).ok).toBe(false);
  });
});

describe("readEuros: a negative amount is told apart from one that is not an amount", () => {
  it.each(["-5", "-250.000", "- 250.000,-", "-€ 250", "€ -250", "€-1.250,50", "\u2212250", "\u2013 250"])(
    "reads %j as negative",
    (input) => {
      expect(readEuros(input)).toEqual({ ok: false, problem: "negatief" });
    },
  );

  it.each(["-abc", "€ -", "-", "-12.5", "€ --5"])("reads %j as no amount at all", (input) => {
    expect(readEuros(input)).toEqual({ ok: false, problem: "onleesbaar" });
  });

  it("reads an amount too large to count in cents as Infinity, so the form can say it is too large", () => {
    expect(readEuros("99.999.999.999.999.999")).toEqual({ ok: true, cents: Number.POSITIVE_INFINITY });
  });

  it("says which amount is negative", () => {
    expect(negativeAmountMessage("het begrote bedrag")).toBe("Het begrote bedrag kan niet negatief zijn: vul 0 of een hoger bedrag in.");
  });
});

describe("formatEuros: every amount in whole euros", () => {
  it.each([
    [25_000_000, "€ 250.000"],
    [214_652_570, "€ 2.146.526"],
    [125_050, "€ 1.251"],
    [125_049, "€ 1.250"],
    [125_005, "€ 1.250"],
    [1, "€ 0"],
    [99, "€ 1"],
    [100, "€ 1"],
    [0, "€ 0"],
    [123_456_789, "€ 1.234.568"],
    [MAX_CENTS, "€ 1.000.000.000"],
  ])("formats %d cents as %j", (cents, text) => {
    expect(normalise(formatEuros(cents))).toBe(text);
  });
});

describe("centsToInput", () => {
  it.each([
    [25_000_000, "250.000"],
    [125_050, "1.250,50"],
    [125_005, "1.250,05"],
    [1, "0,01"],
    [99, "0,99"],
    [100, "1"],
    [0, "0"],
    [123_456_789, "1.234.567,89"],
  ])("writes %d cents as %j", (cents, text) => {
    expect(centsToInput(cents)).toBe(text);
  });

  const values = [
    0,
    1,
    5,
    10,
    99,
    100,
    101,
    999,
    1_000,
    1_050,
    99_999,
    100_000,
    123_400,
    125_050,
    25_000_000,
    99_999_999,
    123_456_789,
    1_000_000_01,
    987_654_321_09,
    MAX_CENTS - 1,
    MAX_CENTS,
  ];
  it.each(values)("round-trips %d cents through parseEuros", (cents) => {
    expect(parseEuros(centsToInput(cents))).toBe(cents);
  });

  it("round-trips every amount up to € 10 and a spread of amounts up to € 100.000", () => {
    const failures: number[] = [];
    for (let cents = 0; cents <= 10_000_000; cents += 7_007) {
      if (parseEuros(centsToInput(cents)) !== cents) failures.push(cents);
    }
    for (let cents = 0; cents <= 1_000; cents += 1) {
      if (parseEuros(centsToInput(cents)) !== cents) failures.push(cents);
    }
    expect(failures).toEqual([]);
  });
});
