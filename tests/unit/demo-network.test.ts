import { describe, it, expect } from "vitest";
import { demoNetwork } from "../../pocketbase/seed/demo-network.ts";
import type { DemoComment, DemoEvaluation, DemoMunicipality, DemoPilot } from "../../pocketbase/seed/demo-types.ts";
import { parseDecimal } from "../../src/domain/decimal.ts";
import { EvaluationFormSchema, type EvaluationForm } from "../../src/domain/evaluation.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import { DecisionFormSchema } from "../../src/domain/stage-gate.ts";
import { isSmallSample } from "../../src/domain/suppression.ts";
import { proposeVerdict } from "../../src/domain/verdict.ts";
import { CommentFormSchema, LessonFormSchema } from "../../src/domain/lesson.ts";
import { lessonKinds, visibilities, writerRoles, type Role, type Verdict, type Visibility } from "../../src/domain/options.ts";

const pilots = demoNetwork.flatMap((municipality) =>
  municipality.pilots.map((pilot) => ({ municipality: municipality.name, pilot })),
);

/** Hypotheses have no ids before seeding: a stand-in record id (15 of [a-z0-9]) per position. */
const fakeHypothesisId = (index: number) => `hyp${String(index).padStart(12, "0")}`;
const indexOfFakeId = (id: string) => Number(id.slice(3));

/** An evaluation as the seed will send it: each hypothesis position mapped to an id. */
const asFormInput = (evaluation: DemoEvaluation) => ({
  ...evaluation,
  measurements: evaluation.measurements.map((row) => ({ ...row, hypothesis: fakeHypothesisId(row.hypothesis) })),
});

/** Every evaluation, parsed; the tests below read the parsed numbers. */
const evaluations = pilots.flatMap(({ municipality, pilot }) =>
  (pilot.evaluations ?? []).map((evaluation) => ({
    municipality,
    pilot,
    evaluation,
    parsed: EvaluationFormSchema.safeParse(asFormInput(evaluation)),
  })),
);

/** A parsed measurement row (the schema's type still allows the dropped empty rows). */
type Measured = NonNullable<EvaluationForm["measurements"][number]>;

const number = (text: string): number => {
  const value = parseDecimal(text);
  if (value === null) throw new Error(`not a decimal in the demo file: "${text}"`);
  return value;
};

/** Every hypothesis with the measurements of all its pilot's evaluations, and the verdict they propose. */
const hypotheses = pilots.flatMap(({ municipality, pilot }) =>
  pilot.hypotheses.map((hypothesis, index) => {
    const measurements = evaluations
      .filter((entry) => entry.pilot === pilot && entry.parsed.success)
      .flatMap((entry) => (entry.parsed.data as EvaluationForm).measurements)
      .filter((row): row is Measured => row !== null && indexOfFakeId(row.hypothesis) === index);
    const proposed = proposeVerdict(
      { baseline: number(hypothesis.baseline), target: number(hypothesis.target), direction: hypothesis.direction, unit: hypothesis.unit },
      measurements,
    ).verdict;
    const periods = new Set(measurements.map((row) => row.period));
    return { municipality, pilot, index, label: `${municipality} — ${pilot.title} #${index}`, measurements, periods, proposed };
  }),
);

const isShared = (pilot: DemoPilot) => pilot.visibility !== "private";

describe("demo network", () => {
  it("every demo pilot passes the pilot form schema", () => {
    const failures = pilots.flatMap(({ municipality, pilot }) => {
      const result = PilotFormSchema.safeParse(pilot);
      if (result.success) return [];
      const issues = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      return [`${municipality} — ${pilot.title}:\n  ${issues.join("\n  ")}`];
    });
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("has the nine demo accounts with the right roles", () => {
    const expected: Record<string, Role> = {
      "innovatie@rotterdam.test": "innovatiemanager",
      "directie@rotterdam.test": "directeur",
      "innovatie@amsterdam.test": "innovatiemanager",
      "directie@amsterdam.test": "directeur",
      "innovatie@oisterwijk.test": "innovatiemanager",
      "directie@oisterwijk.test": "directeur",
      "innovatie@zwolle.test": "innovatiemanager",
      "directie@zwolle.test": "directeur",
      "collega@zwolle.test": "collega",
    };
    const users = demoNetwork.flatMap((municipality) => municipality.users);
    const actual = Object.fromEntries(users.map((user) => [user.email, user.role]));
    expect(actual).toEqual(expected);
    expect(users).toHaveLength(Object.keys(expected).length);
    for (const user of users) {
      // A full name: at least a first name and a surname.
      expect(user.name.trim().split(/\s+/).length, user.email).toBeGreaterThanOrEqual(2);
      // Each account belongs to the municipality its address names.
      const owner = demoNetwork.find((municipality) => municipality.users.includes(user));
      expect(user.email.endsWith(`@${owner?.name.toLowerCase()}.test`), user.email).toBe(true);
    }
  });

  it("gives every municipality a unique CBS code", () => {
    const codes = demoNetwork.map((municipality) => municipality.cbs_code);
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("shows every visibility, and a private and a shared pilot in Rotterdam, Amsterdam and Oisterwijk", () => {
    const all = new Set(pilots.map(({ pilot }) => pilot.visibility));
    expect([...all].sort()).toEqual(["network", "private", "public"] satisfies Visibility[]);
    for (const name of ["Rotterdam", "Amsterdam", "Oisterwijk"]) {
      const own = demoNetwork.find((municipality) => municipality.name === name)?.pilots ?? [];
      expect(own.some((pilot) => pilot.visibility === "private"), name).toBe(true);
      expect(own.some((pilot) => pilot.visibility !== "private"), name).toBe(true);
    }
  });

  it("keeps pilot titles unique within a municipality", () => {
    for (const municipality of demoNetwork) {
      const titles = municipality.pilots.map((pilot) => pilot.title.trim().toLowerCase());
      expect(new Set(titles).size, municipality.name).toBe(titles.length);
    }
  });

  it("records a decision with a rationale only for pilots in stage besluit", () => {
    for (const { pilot } of pilots) {
      if (pilot.decision) {
        expect(pilot.stage, pilot.title).toBe("besluit");
        expect(pilot.decision_rationale?.trim(), pilot.title).toBeTruthy();
      }
    }
    expect(pilots.some(({ pilot }) => pilot.decision)).toBe(true);
  });

  it("writes hypotheses as test statements, and decimals without a thousands point", () => {
    for (const { pilot } of pilots) {
      for (const hypothesis of pilot.hypotheses) {
        expect(hypothesis.statement).toMatch(/^Als wij .+ voor .+, dan verwachten wij .+/);
        // Written without thousands separators, as in the form's examples.
        expect(hypothesis.baseline, pilot.title).toMatch(/^-?\d+(,\d+)?$/);
        expect(hypothesis.target, pilot.title).toMatch(/^-?\d+(,\d+)?$/);
      }
    }
  });
  it("every demo evaluation passes the evaluation form schema and measures a hypothesis of its own pilot", () => {
    expect(evaluations.length).toBeGreaterThan(0);
    const failures = evaluations.flatMap(({ municipality, pilot, evaluation, parsed }) => {
      const where = `${municipality} — ${pilot.title} — ${evaluation.date}`;
      const problems: string[] = [];
      for (const row of evaluation.measurements) {
        if (!Number.isInteger(row.hypothesis) || row.hypothesis < 0 || row.hypothesis >= pilot.hypotheses.length) {
          problems.push(`measurement of hypothesis #${row.hypothesis}, but the pilot has ${pilot.hypotheses.length}`);
        }
      }
      if (!parsed.success) {
        problems.push(...parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
      } else if (parsed.data.measurements.length !== evaluation.measurements.length) {
        // A row without a value counts as "not measured" and is dropped: the demo has none of those.
        problems.push("a measurement row without a value");
      }
      return problems.length === 0 ? [] : [`${where}:\n  ${problems.join("\n  ")}`];
    });
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("dates evaluations in order from the pilot's start, and measures no later than the evaluation's month", () => {
    for (const { pilot } of pilots) {
      const dates = (pilot.evaluations ?? []).map((evaluation) => evaluation.date);
      expect(dates, pilot.title).toEqual([...dates].sort());
      for (const evaluation of pilot.evaluations ?? []) {
        const where = `${pilot.title} — ${evaluation.date}`;
        if (pilot.start_date) expect(evaluation.date >= pilot.start_date, where).toBe(true);
        for (const row of evaluation.measurements) {
          expect(row.period <= evaluation.date.slice(0, 7), `${where}: period ${row.period}`).toBe(true);
        }
      }
    }
  });

  it("quotes participants only with consent and under a pseudonym", () => {
    for (const { pilot, evaluation } of evaluations) {
      expect(evaluation.testimonials.length, pilot.title).toBeLessThanOrEqual(3);
      for (const testimonial of evaluation.testimonials) {
        expect(testimonial.consent, testimonial.label).toBe(true);
        // A description such as "deelnemer A, 24 jaar", never a name: it starts in lower case.
        expect(testimonial.label, pilot.title).toMatch(/^[a-z]/);
      }
    }
  });

  it("has evaluations on at least five pilots in at least three municipalities", () => {
    const evaluated = pilots.filter(({ pilot }) => (pilot.evaluations ?? []).length > 0);
    expect(evaluated.length).toBeGreaterThanOrEqual(5);
    expect(new Set(evaluated.map(({ municipality }) => municipality)).size).toBeGreaterThanOrEqual(3);
  });

  it("gives every pilot in stage besluit an end evaluation", () => {
    for (const { pilot } of pilots) {
      if (pilot.stage !== "besluit") continue;
      expect((pilot.evaluations ?? []).some((evaluation) => evaluation.kind === "eind"), pilot.title).toBe(true);
    }
  });

  it("records every decision as the decision form accepts it", () => {
    for (const { pilot } of pilots) {
      if (!pilot.decision) {
        expect(pilot.stop_reason, pilot.title).toBeUndefined();
        continue;
      }
      const result = DecisionFormSchema.safeParse({
        decision: pilot.decision,
        decision_rationale: pilot.decision_rationale ?? "",
        stop_reason: pilot.stop_reason ?? "",
      });
      expect(result.success, `${pilot.title}: ${result.error?.issues.map((issue) => issue.message).join(" ")}`).toBe(true);
      // A stop reason belongs to a stop: the form drops it for any other decision.
      if (pilot.decision !== "stoppen") expect(pilot.stop_reason, pilot.title).toBeUndefined();
    }
  });

  it("stops exactly one pilot, with a reason others can read", () => {
    const stopped = pilots.filter(({ pilot }) => pilot.decision === "stoppen");
    expect(stopped.map(({ pilot }) => pilot.title)).toHaveLength(1);
    const [{ pilot }] = stopped as [(typeof stopped)[number]];
    expect(pilot.stop_reason?.trim().length ?? 0).toBeGreaterThanOrEqual(10);
    expect(isShared(pilot), pilot.title).toBe(true);
  });

  it("measures at least three hypotheses in three or more periods, so charts show a line", () => {
    const lines = hypotheses.filter((entry) => entry.periods.size >= 3);
    expect(lines.map((entry) => entry.label).length).toBeGreaterThanOrEqual(3);
  });

  it("has a sample under 10 in a pilot other municipalities can see", () => {
    const small = hypotheses.filter(
      (entry) => isShared(entry.pilot) && entry.measurements.some((row) => isSmallSample(row.sample_size)),
    );
    expect(small.length).toBeGreaterThan(0);
  });

  it("tells the three verdict stories over time: bevestigd, verworpen and onbeslist", () => {
    const stories = new Set(hypotheses.filter((entry) => entry.periods.size >= 3).map((entry) => entry.proposed));
    for (const story of ["bevestigd", "verworpen", "onbeslist"] satisfies Verdict[]) {
      expect(stories.has(story), story).toBe(true);
    }
  });

  it("records verdicts on existing hypotheses, with a reason where they differ from the proposal", () => {
    for (const { pilot } of pilots) {
      for (const recorded of pilot.verdicts ?? []) {
        const entry = hypotheses.find((candidate) => candidate.pilot === pilot && candidate.index === recorded.hypothesis);
        const where = `${pilot.title} #${recorded.hypothesis}`;
        expect(entry, where).toBeDefined();
        if (entry && recorded.verdict !== entry.proposed) {
          expect(recorded.verdict_reason?.trim().length ?? 0, `${where}: ${recorded.verdict} differs from ${entry.proposed}`).toBeGreaterThanOrEqual(10);
        }
      }
    }
  });

  it("leaves Oisterwijk a running pilot with a hypothesis, for logging a new evaluation", () => {
    const own = demoNetwork.find((municipality) => municipality.name === "Oisterwijk")?.pilots ?? [];
    expect(own.some((pilot) => (pilot.stage === "uitvoering" || pilot.stage === "evaluatie") && pilot.hypotheses.length > 0)).toBe(true);
  });
});

const lessons = demoNetwork.flatMap((municipality) =>
  (municipality.lessons ?? []).map((lesson) => ({ municipality, lesson })),
);

/** Comments in the order the seed writes them: municipality by municipality, each list in order. */
const comments = demoNetwork.flatMap((municipality) =>
  (municipality.comments ?? []).map((comment) => ({ municipality, comment })),
);

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const visibilityRank: Record<Visibility, number> = { private: 0, network: 1, public: 2 };
const accountOf = (municipality: DemoMunicipality, email: string) => municipality.users.find((user) => user.email === email);

/** What a comment is about: the lesson or pilot with that title, and the municipality that owns it. */
function targetOf(comment: DemoComment) {
  if ("lessonTitle" in comment) {
    const found = lessons.find(({ lesson }) => lesson.title === comment.lessonTitle);
    return found && { key: `lesson: ${found.lesson.title}`, owner: found.municipality, visibility: found.lesson.visibility };
  }
  const found = pilots.find(({ pilot }) => pilot.title === comment.pilotTitle);
  const owner = demoNetwork.find((municipality) => municipality.name === found?.municipality);
  return found && owner && { key: `pilot: ${found.pilot.title}`, owner, visibility: found.pilot.visibility };
}

describe("demo lessons learned", () => {
  it("every demo lesson passes the lesson form schema", () => {
    const failures = lessons.flatMap(({ municipality, lesson }) => {
      const result = LessonFormSchema.safeParse({ ...lesson, pilot: "" });
      if (result.success) return [];
      const issues = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      return [`${municipality.name} — ${lesson.title}:\n  ${issues.join("\n  ")}`];
    });
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("has at least 32 lessons, at least 6 in every municipality", () => {
    expect(lessons.length).toBeGreaterThanOrEqual(32);
    for (const municipality of demoNetwork) {
      expect(municipality.lessons?.length ?? 0, municipality.name).toBeGreaterThanOrEqual(6);
    }
  });

  it("covers every kind of lesson and at least six domains", () => {
    expect(new Set(lessons.map(({ lesson }) => lesson.kind))).toEqual(new Set(lessonKinds.values));
    expect(new Set(lessons.map(({ lesson }) => lesson.domain)).size).toBeGreaterThanOrEqual(6);
  });

  it("shares most lessons, and keeps at least four private", () => {
    expect(new Set(lessons.map(({ lesson }) => lesson.visibility))).toEqual(new Set(visibilities.values));
    const own = lessons.filter(({ lesson }) => lesson.visibility === "private");
    expect(own.length).toBeGreaterThanOrEqual(4);
    expect(lessons.length - own.length).toBeGreaterThan(lessons.length / 2);
  });

  it("draws most lessons from an own pilot, never more visible than that pilot; a few are general", () => {
    const general = lessons.filter(({ lesson }) => lesson.pilotTitle === undefined);
    expect(general.length).toBeGreaterThan(0);
    expect(general.length).toBeLessThan(lessons.length / 4);
    for (const { municipality, lesson } of lessons) {
      if (lesson.pilotTitle === undefined) continue;
      const pilot = municipality.pilots.find((candidate) => candidate.title === lesson.pilotTitle);
      expect(pilot, `${municipality.name} — ${lesson.title}: no own pilot "${lesson.pilotTitle}"`).toBeDefined();
      if (pilot) expect(visibilityRank[lesson.visibility as Visibility], lesson.title).toBeLessThanOrEqual(visibilityRank[pilot.visibility as Visibility]);
    }
  });

  it("is written by an innovatiemanager or directeur of the same municipality", () => {
    for (const { municipality, lesson } of lessons) {
      const account = accountOf(municipality, lesson.author);
      expect(account, `${municipality.name} — ${lesson.title}: ${lesson.author}`).toBeDefined();
      expect(writerRoles.includes(account?.role as Role), `${lesson.title}: ${lesson.author}`).toBe(true);
    }
  });

  it("gives every lesson a title unique in the network that is not a pilot title", () => {
    const titles = lessons.map(({ lesson }) => lesson.title.trim().toLowerCase());
    const duplicates = titles.filter((title, index) => titles.indexOf(title) !== index);
    expect(duplicates).toEqual([]);
    const pilotTitles = new Set(pilots.map(({ pilot }) => pilot.title.trim().toLowerCase()));
    expect(titles.filter((title) => pilotTitles.has(title))).toEqual([]);
  });

  it("tells each lesson with context: a Markdown body of 80 to 250 words, and 2 to 5 tags", () => {
    for (const { lesson } of lessons) {
      const count = words(lesson.body);
      expect(count, lesson.title).toBeGreaterThanOrEqual(15);
      expect(count, `${lesson.title}: ${count} words`).toBeGreaterThanOrEqual(80);
      expect(count, `${lesson.title}: ${count} words`).toBeLessThanOrEqual(250);
      const tags = lesson.tags.split(",").map((tag) => tag.trim()).filter(Boolean);
      expect(tags.length, lesson.title).toBeGreaterThanOrEqual(2);
      expect(tags.length, lesson.title).toBeLessThanOrEqual(5);
    }
    // Real Markdown: lists, bold text and links to public sources.
    expect(lessons.some(({ lesson }) => /^(- |1\. )/m.test(lesson.body))).toBe(true);
    expect(lessons.some(({ lesson }) => /\*\*[^*]+\*\*/.test(lesson.body))).toBe(true);
    expect(lessons.some(({ lesson }) => /\[[^\]]+\]\(https:\/\/[^)]+\)/.test(lesson.body))).toBe(true);
  });

  it("covers the themes people search for, with accented words for accent-insensitive search", () => {
    const text = lessons.map(({ lesson }) => `${lesson.title} ${lesson.tags} ${lesson.body}`.toLowerCase()).join("\n");
    const themes = [
      "jongeren", "schulden", "wijkteam", "ervaringsdeskundige", "privacy", "digitale kloof", "vroegsignalering",
      "mantelzorg", "laaggeletterd", "werkgever", "huisarts", "café", "coördinator", "financiële",
    ];
    expect(themes.filter((theme) => !text.includes(theme))).toEqual([]);
    expect(lessons.some(({ lesson }) => /[À-ÿ]/.test(lesson.title + lesson.body))).toBe(true);
  });
});

describe("demo questions and answers", () => {
  it("asks questions only on shared lessons and pilots of other municipalities, and answers only after a question", () => {
    expect(comments.length).toBeGreaterThanOrEqual(8);
    const asked = new Set<string>();
    let answers = 0;
    for (const { municipality, comment } of comments) {
      const where = `${municipality.name} on ${"lessonTitle" in comment ? comment.lessonTitle : comment.pilotTitle}`;
      expect(CommentFormSchema.safeParse(comment).success, where).toBe(true);
      expect(accountOf(municipality, comment.author), `${where}: ${comment.author}`).toBeDefined();
      const target = targetOf(comment);
      expect(target, `${where}: no such lesson or pilot`).toBeDefined();
      if (!target) continue;
      expect(target.visibility, where).not.toBe("private");
      if (target.owner === municipality) {
        // An answer by the owner: a question on the same item must be seeded before it.
        expect(asked.has(target.key), `${where}: an answer without an earlier question`).toBe(true);
        answers += 1;
      } else {
        asked.add(target.key);
      }
    }
    expect(answers).toBeGreaterThanOrEqual(3);
  });
});

describe("demo adoption", () => {
  it("has one small municipality adopt a shared pilot of a larger one, by its innovatiemanager", () => {
    const adoptions = demoNetwork.flatMap((municipality) =>
      (municipality.adoptions ?? []).map((adoption) => ({ municipality, adoption })),
    );
    expect(adoptions).toHaveLength(1);
    const [{ municipality, adoption }] = adoptions as [(typeof adoptions)[number]];
    const owner = demoNetwork.find((candidate) => candidate.pilots.some((pilot) => pilot.title === adoption.pilotTitle));
    const pilot = owner?.pilots.find((candidate) => candidate.title === adoption.pilotTitle);
    expect(pilot, adoption.pilotTitle).toBeDefined();
    expect(owner).not.toBe(municipality);
    expect(pilot && isShared(pilot), adoption.pilotTitle).toBe(true);
    expect(municipality.inhabitants).toBeLessThan(owner?.inhabitants ?? 0);
    expect(accountOf(municipality, adoption.by)?.role).toBe("innovatiemanager");
  });
});
