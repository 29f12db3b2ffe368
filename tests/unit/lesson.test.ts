import { describe, it, expect } from "vitest";
import { CommentFormSchema, LessonFormSchema, emptyLessonForm, type LessonFormInput } from "../../src/domain/lesson.ts";

/** 17 words, 101 characters. */
const validBody = "Wij belden huishoudens binnen een week na de eerste gemiste betaling; dat werkte beter dan een brief.";

const validForm = (): LessonFormInput => ({
  title: "  Bel binnen een week  ",
  body: validBody,
  kind: "werkzaam_element",
  domain: "schuldhulp",
  target_group: "  Huishoudens met betalingsachterstanden ",
  principles: ["preventie", "maatwerk"],
  tags: "Schulden, vroegsignalering, schulden",
  visibility: "network",
  pilot: "",
});

const withForm = (overrides: Record<string, unknown>) => ({ ...validForm(), ...overrides });
function issuesOf(form: Record<string, unknown>) {
  const result = LessonFormSchema.safeParse(form);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

/** A body of exactly `words` words and `length` characters: "abcd abcd … abcdxxx". */
const bodyOf = (words: number, length: number) => {
  const text = Array.from({ length: words }, () => "abcd").join(" ");
  if (text.length > length) throw new Error(`${words} words do not fit in ${length} characters`);
  return `${text}${"x".repeat(length - text.length)}`;
};

describe("LessonFormSchema", () => {
  it("parses a valid lesson, trimming text and turning tags into a list", () => {
    expect(validBody).toHaveLength(101);
    expect(validBody.split(" ")).toHaveLength(17);
    expect(LessonFormSchema.parse(validForm())).toEqual({
      title: "Bel binnen een week",
      body: validBody,
      kind: "werkzaam_element",
      domain: "schuldhulp",
      target_group: "Huishoudens met betalingsachterstanden",
      principles: ["preventie", "maatwerk"],
      tags: ["schulden", "vroegsignalering"],
      visibility: "network",
      pilot: undefined,
    });
  });

  it.each([
    ["abcde", "abcde"],
    ["  abcde  ", "abcde"],
    ["x".repeat(200), "x".repeat(200)],
  ])("accepts the title %j", (title, expected) => {
    expect(LessonFormSchema.parse(withForm({ title })).title).toBe(expected);
  });

  it.each([
    ["", "Vul een titel in."],
    ["     ", "Vul een titel in."],
    ["abcd", "Gebruik minstens 5 tekens."],
    ["  abcd   ", "Gebruik minstens 5 tekens."],
    ["x".repeat(201), "Maximaal 200 tekens."],
  ])("refuses the title %j", (title, message) => {
    expect(issuesOf(withForm({ title }))).toEqual([{ path: "title", message }]);
  });

  it("refuses a missing title with the Dutch required message", () => {
    const { title: _title, ...rest } = validForm();
    expect(issuesOf(rest)).toEqual([{ path: "title", message: "Vul een titel in." }]);
  });

  it("accepts a body of exactly 80 characters and 15 words", () => {
    const body = bodyOf(15, 80);
    expect(body).toHaveLength(80);
    expect(body.split(" ")).toHaveLength(15);
    expect(LessonFormSchema.parse(withForm({ body })).body).toBe(body);
  });

  const fewWords =
    "Beschrijf de les met context: wat gebeurde er, waarom werkte het (niet), en wat kan een andere gemeente ermee? (minstens 15 woorden)";

  it.each([
    ["79 characters, 15 words", bodyOf(15, 79), "Gebruik minstens 80 tekens."],
    ["80 characters, 14 words", bodyOf(14, 80), fewWords],
    ["14 long words", Array.from({ length: 14 }, () => "langwoordje").join(" "), fewWords],
    ["80 characters of padding around 14 words", `   ${bodyOf(14, 80)}   `, fewWords],
    ["one long word", "x".repeat(500), fewWords],
  ])("refuses a body of %s", (_description, body, message) => {
    expect(issuesOf(withForm({ body }))).toEqual([{ path: "body", message }]);
  });

  it.each(["", "   \n  "])("asks for the body when it is %j, with no other message", (body) => {
    expect(issuesOf(withForm({ body }))).toEqual([{ path: "body", message: "Vul de les zelf in." }]);
  });

  it("counts the characters after trimming", () => {
    const body = `          ${bodyOf(15, 79)}          `;
    expect(issuesOf(withForm({ body }))).toEqual([{ path: "body", message: "Gebruik minstens 80 tekens." }]);
  });

  it("counts words split by any white space", () => {
    const body = bodyOf(15, 80).replace(/ /g, "\n\t ");
    expect(LessonFormSchema.parse(withForm({ body })).body).toBe(body);
  });

  it("refuses a body over 20 000 characters", () => {
    expect(issuesOf(withForm({ body: `${validBody} ${"x".repeat(20_000)}` }))).toEqual([
      { path: "body", message: "Maximaal 20000 tekens." },
    ]);
  });

  it.each([
    ["", undefined],
    ["abc123def456ghi", "abc123def456ghi"],
    [undefined, undefined],
  ])("reads the pilot %j as %j", (pilot, expected) => {
    expect(LessonFormSchema.parse(withForm({ pilot })).pilot).toBe(expected);
  });

  it.each(["abc", "abc123def456ghij", "ABC123DEF456GHI", "abc123def456gh!", " abc123def456ghi", "abc123def456gh "])(
    "refuses the pilot id %j",
    (pilot) => {
      expect(issuesOf(withForm({ pilot })).map((issue) => issue.path)).toEqual(["pilot"]);
    },
  );

  it("reads the tags with tagList", () => {
    expect(LessonFormSchema.parse(withForm({ tags: " Werk,werk , INKOMEN,," })).tags).toEqual(["werk", "inkomen"]);
    expect(issuesOf(withForm({ tags: "x".repeat(41) }))).toEqual([{ path: "tags", message: "Een trefwoord heeft maximaal 40 tekens." }]);
  });

  it.each([
    [{ kind: "les" }, "kind", "Kies het soort les."],
    [{ domain: "zorg" }, "domain", "Kies een domein."],
    [{ visibility: "geheim" }, "visibility", "Kies wie de les mag zien."],
    [{ principles: ["onbekend"] }, "principles.0", "Onbekend principe."],
    [{ target_group: "x".repeat(301) }, "target_group", "Maximaal 300 tekens."],
  ])("refuses %j", (overrides, path, message) => {
    expect(issuesOf(withForm(overrides))).toEqual([{ path, message }]);
  });

  it("refuses more principles than there are", () => {
    const principles = [
      "burgerparticipatie",
      "integrale_aanpak",
      "preventie",
      "maatwerk",
      "digitalisering",
      "data_gedreven",
      "samenwerking",
      "preventie",
    ];
    expect(issuesOf(withForm({ principles })).map((issue) => issue.path)).toEqual(["principles"]);
  });

  it("accepts the empty form once title and body are filled in", () => {
    const form = { ...emptyLessonForm(), title: "Een titel", body: validBody };
    expect(LessonFormSchema.parse(form)).toMatchObject({
      kind: "werkzaam_element",
      domain: "wmo",
      visibility: "network",
      pilot: undefined,
      tags: [],
    });
  });

  it("fills the empty form from a pilot", () => {
    expect(emptyLessonForm({ id: "abc123def456ghi", domain: "jeugd", target_group: "Jongeren" })).toMatchObject({
      domain: "jeugd",
      target_group: "Jongeren",
      pilot: "abc123def456ghi",
    });
  });
});

describe("CommentFormSchema", () => {
  it.each([
    ["ok", "ok"],
    ["  Goede vraag!  ", "Goede vraag!"],
    ["x".repeat(5000), "x".repeat(5000)],
  ])("accepts %j", (body, expected) => {
    expect(CommentFormSchema.parse({ body })).toEqual({ body: expected });
  });

  it.each([
    ["", "Vul uw vraag of antwoord in."],
    ["  \n ", "Vul uw vraag of antwoord in."],
    ["x", "Gebruik minstens 2 tekens."],
    ["   x   ", "Gebruik minstens 2 tekens."],
    ["x".repeat(5001), "Maximaal 5000 tekens."],
  ])("refuses %j", (body, message) => {
    const result = CommentFormSchema.safeParse({ body });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it("refuses a missing body with the Dutch required message", () => {
    const result = CommentFormSchema.safeParse({});
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual(["Vul uw vraag of antwoord in."]);
  });
});
