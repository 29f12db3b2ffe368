import { describe, it, expect } from "vitest";
import {
  EvaluationFormSchema,
  MeasurementRowSchema,
  TestimonialRowSchema,
  emptyEvaluationForm,
  type EvaluationFormInput,
  type MeasurementRowInput,
  type TestimonialRowInput,
} from "../../src/domain/evaluation.ts";
import { limits } from "../../src/domain/limits.ts";

const h1 = "abc123def456ghi";
const h2 = "zzz999yyy888xxx";

const validRow = (): MeasurementRowInput => ({ hypothesis: h1, value: "72,5", sample_size: "48", period: "2026-03" });
const validTestimonial = (): TestimonialRowInput => ({
  quote: "Ik kreeg eindelijk hulp voordat het te laat was.",
  label: "deelnemer A, 24 jaar",
  consent: true,
});
const validForm = (): EvaluationFormInput => ({
  date: "2026-03-31",
  kind: "tussentijds",
  observations: "Veel aanmeldingen via de wijkteams.",
  what_worked: "  Huisbezoeken  ",
  what_did_not: "",
  participants: "1.250",
  measurements: [validRow(), { hypothesis: h2, value: "", sample_size: "", period: "2026-03" }],
  testimonials: [validTestimonial()],
  decision: "doorgaan",
  rationale: "De eerste resultaten zijn veelbelovend.",
});

/** The issues (path as "a.0.b", message) for a form that is valid except for the overrides. */
function issuesOf(overrides: Record<string, unknown>) {
  const result = EvaluationFormSchema.safeParse({ ...validForm(), ...overrides });
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
const pathsOf = (overrides: Record<string, unknown>) => issuesOf(overrides).map((issue) => issue.path);
const withRow = (overrides: Partial<MeasurementRowInput>) => ({ measurements: [{ ...validRow(), ...overrides }] });
const withTestimonial = (overrides: Record<string, unknown>) => ({ testimonials: [{ ...validTestimonial(), ...overrides }] });

describe("EvaluationFormSchema", () => {
  it("parses a valid form into stored values", () => {
    expect(EvaluationFormSchema.parse(validForm())).toEqual({
      date: "2026-03-31",
      kind: "tussentijds",
      observations: "Veel aanmeldingen via de wijkteams.",
      what_worked: "Huisbezoeken",
      what_did_not: "",
      participants: 1250,
      measurements: [{ hypothesis: h1, value: 72.5, sample_size: 48, period: "2026-03" }, null],
      testimonials: [validTestimonial()],
      decision: "doorgaan",
      rationale: "De eerste resultaten zijn veelbelovend.",
    });
  });

  it.each([
    ["", 0],
    ["   ", 0],
    ["0", 0],
    ["48", 48],
    ["1.250", 1250],
    [" 1.000.000 ", 1_000_000],
  ])("reads participants %j as %d", (participants, count) => {
    expect(EvaluationFormSchema.parse({ ...validForm(), participants }).participants).toBe(count);
  });

  it.each(["-1", "twaalf", "12,5", "10.000.001"])("refuses participants %j", (participants) => {
    expect(issuesOf({ participants })).toEqual([
      { path: "participants", message: "Vul het aantal deelnemers in als geheel getal van 0 tot en met 10.000.000." },
    ]);
  });

  it("accepts a form without measurements or testimonials", () => {
    const form = EvaluationFormSchema.parse({ ...validForm(), measurements: [], testimonials: [] });
    expect(form.measurements).toEqual([]);
    expect(form.testimonials).toEqual([]);
  });

  it.each(["eind", "tussentijds"])("accepts kind %s", (kind) => {
    expect(issuesOf({ kind })).toEqual([]);
  });

  // The proposal offers the directeur's decisions plus carrying on (src/domain/options.ts).
  it.each(["doorgaan", "opschalen", "borgen", "bijstellen", "stoppen"])("accepts decision %s", (decision) => {
    expect(issuesOf({ decision })).toEqual([]);
  });

  it.each([
    ["kind", "halfjaarlijks", "Kies het soort evaluatie."],
    ["kind", "", "Kies het soort evaluatie."],
    ["decision", "besluit", "Kies wat de evaluatie voorstelt."],
    ["decision", "STOPPEN", "Kies wat de evaluatie voorstelt."],
    ["decision", undefined, "Kies wat de evaluatie voorstelt."],
  ])("refuses %s %j", (field, value, message) => {
    expect(issuesOf({ [field]: value })).toEqual([{ path: field, message }]);
  });

  it.each([
    ["2026-02-30", "Vul een geldige datum in (dd-mm-jjjj)."],
    ["31-03-2026", "Vul een geldige datum in (dd-mm-jjjj)."],
    ["2026-13-01", "Vul een geldige datum in (dd-mm-jjjj)."],
  ])("refuses date %j", (date, message) => {
    expect(issuesOf({ date })).toEqual([{ path: "date", message }]);
  });

  it("asks for the date first when it is empty", () => {
    expect(issuesOf({ date: "" })[0]).toEqual({ path: "date", message: "Vul de datum van de evaluatie in." });
  });

  it.each([
    [undefined, "Vul wat u heeft waargenomen in."],
    ["", "Vul wat u heeft waargenomen in."],
    ["  kort    ", "Gebruik minstens 10 tekens."],
  ])("refuses observations %j", (observations, message) => {
    expect(issuesOf({ observations })).toEqual([{ path: "observations", message }]);
  });

  it("refuses observations longer than the limit", () => {
    expect(issuesOf({ observations: "x".repeat(limits.longText + 1) })).toEqual([
      { path: "observations", message: `Maximaal ${limits.longText} tekens.` },
    ]);
    expect(issuesOf({ observations: "x".repeat(limits.longText) })).toEqual([]);
  });

  it.each([
    [undefined, "Vul de onderbouwing van het voorstel in."],
    ["Prima.", "Gebruik minstens 10 tekens."],
  ])("refuses rationale %j", (rationale, message) => {
    expect(issuesOf({ rationale })).toEqual([{ path: "rationale", message }]);
  });

  it("accepts a rationale of exactly 10 characters after trimming", () => {
    expect(issuesOf({ rationale: "  1234567890  " })).toEqual([]);
    expect(pathsOf({ rationale: "  123456789  " })).toEqual(["rationale"]);
  });

  describe("measurement rows", () => {
    it("turns a row without a value into null, whatever else it holds", () => {
      expect(MeasurementRowSchema.parse({ hypothesis: h1, value: "  ", sample_size: "abc", period: "" })).toBeNull();
    });

    it.each([
      ["72,5", "48", 72.5, 48],
      ["1.000", "1.250", 1000, 1250],
      ["-3", "10", -3, 10],
      ["0", "1", 0, 1],
      ["850", "9", 850, 9],
    ])("reads value %j and sample %j", (value, sample_size, parsedValue, parsedSample) => {
      expect(MeasurementRowSchema.parse({ ...validRow(), value, sample_size })).toEqual({
        hypothesis: h1,
        value: parsedValue,
        sample_size: parsedSample,
        period: "2026-03",
      });
    });

    it.each([
      ["", "Vul het aantal deelnemers in de meting in als geheel getal van 1 tot en met 10.000.000."],
      ["0", "Vul het aantal deelnemers in de meting in als geheel getal van 1 tot en met 10.000.000."],
      ["-5", "Vul het aantal deelnemers in de meting in als geheel getal van 1 tot en met 10.000.000."],
      ["4,5", "Vul het aantal deelnemers in de meting in als geheel getal van 1 tot en met 10.000.000."],
    ])("refuses sample size %j when a value is given", (sample_size, message) => {
      expect(issuesOf(withRow({ sample_size }))).toEqual([{ path: "measurements.0.sample_size", message }]);
    });

    it.each(["abc", "72,5,1", "1e3"])("refuses value %j", (value) => {
      expect(issuesOf(withRow({ value }))).toEqual([
        { path: "measurements.0.value", message: "Vul de gemeten waarde in als getal, bijvoorbeeld 850 of 72,5." },
      ]);
    });

    it.each(["2026-13", "2026-00", "", "2026-3", "maart"])("refuses period %j", (period) => {
      expect(issuesOf(withRow({ period }))).toEqual([{ path: "measurements.0.period", message: "Kies de maand van de meting." }]);
    });

    it("reports every problem of a row at once", () => {
      expect(pathsOf(withRow({ value: "abc", sample_size: "", period: "2026-13" }))).toEqual([
        "measurements.0.value",
        "measurements.0.sample_size",
        "measurements.0.period",
      ]);
    });

    it("reports the problem at the index of the row", () => {
      const measurements = [validRow(), { ...validRow(), hypothesis: h2, sample_size: "0" }];
      expect(pathsOf({ measurements })).toEqual(["measurements.1.sample_size"]);
    });

    it("refuses a row whose hypothesis is not a record id", () => {
      expect(pathsOf(withRow({ hypothesis: "h1" }))).toEqual(["measurements.0.hypothesis"]);
    });

    it("refuses more rows than there can be hypotheses", () => {
      const rows = Array.from({ length: limits.hypotheses + 1 }, validRow);
      expect(pathsOf({ measurements: rows })).toEqual(["measurements"]);
      expect(issuesOf({ measurements: rows.slice(1) })).toEqual([]);
    });
  });

  describe("testimonials", () => {
    it("refuses a testimonial without consent, in Dutch", () => {
      expect(issuesOf(withTestimonial({ consent: false }))).toEqual([
        { path: "testimonials.0.consent", message: "Een citaat wordt alleen opgeslagen met toestemming van de deelnemer." },
      ]);
    });

    it("refuses a non-boolean consent", () => {
      expect(pathsOf(withTestimonial({ consent: "on" }))).toEqual(["testimonials.0.consent"]);
    });

    it.each([
      ["quote", "", "Vul het citaat in."],
      ["quote", "Ja.", "Gebruik minstens 5 tekens."],
      ["quote", "x".repeat(1001), "Maximaal 1000 tekens."],
      ["label", "  ", "Vul een schuilnaam in."],
      ["label", "x".repeat(61), "Maximaal 60 tekens."],
    ])("refuses %s %j", (field, value, message) => {
      expect(issuesOf(withTestimonial({ [field]: value }))).toEqual([{ path: `testimonials.0.${field}`, message }]);
    });

    it("trims quote and label", () => {
      expect(TestimonialRowSchema.parse({ quote: "  Goed geholpen.  ", label: " deelnemer B ", consent: true })).toEqual({
        quote: "Goed geholpen.",
        label: "deelnemer B",
        consent: true,
      });
    });

    it("accepts 20 testimonials and refuses 21", () => {
      const twenty = Array.from({ length: 20 }, validTestimonial);
      expect(issuesOf({ testimonials: twenty })).toEqual([]);
      expect(issuesOf({ testimonials: [...twenty, validTestimonial()] })).toEqual([
        { path: "testimonials", message: "Maximaal 20 citaten." },
      ]);
    });
  });
});

describe("emptyEvaluationForm", () => {
  it("starts with one empty measurement row per open hypothesis, in the month of today", () => {
    expect(emptyEvaluationForm([h1, h2], "2026-03-15")).toEqual({
      date: "2026-03-15",
      kind: "tussentijds",
      observations: "",
      what_worked: "",
      what_did_not: "",
      participants: "",
      measurements: [
        { hypothesis: h1, value: "", sample_size: "", period: "2026-03", comparison_value: "", comparison_sample_size: "" },
        { hypothesis: h2, value: "", sample_size: "", period: "2026-03", comparison_value: "", comparison_sample_size: "" },
      ],
      testimonials: [],
      decision: "doorgaan",
      rationale: "",
    });
  });

  it("has no measurement rows without open hypotheses", () => {
    expect(emptyEvaluationForm([], "2026-12-31").measurements).toEqual([]);
  });

  it("asks only for the texts once it is sent empty; its rows become null", () => {
    const result = EvaluationFormSchema.safeParse(emptyEvaluationForm([h1], "2026-03-15"));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["observations", "rationale"]);
    const filled = EvaluationFormSchema.parse({
      ...emptyEvaluationForm([h1], "2026-03-15"),
      observations: "Veel aanmeldingen via de wijkteams.",
      rationale: "De eerste resultaten zijn veelbelovend.",
    });
    expect(filled.measurements).toEqual([null]);
    expect(filled.participants).toBe(0);
  });
});
