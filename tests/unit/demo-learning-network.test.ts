import { describe, it, expect } from "vitest";
import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";
import { CommentFormSchema, LessonFormSchema } from "../../src/domain/lesson.ts";
import { lessonKinds, visibilities, writerRoles, type Role, type Visibility } from "../../src/domain/options.ts";
import { accountOf, comments, isShared, lessons, pilots, targetOf, visibilityRank, words } from "./demo-network-entries.ts";

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
    const problems = lessons.flatMap(({ municipality, lesson }) => {
      if (lesson.pilotTitle === undefined) return [];
      const pilot = municipality.pilots.find((candidate) => candidate.title === lesson.pilotTitle);
      if (!pilot) return [`${municipality.name} — ${lesson.title}: no own pilot "${lesson.pilotTitle}"`];
      const moreVisible = visibilityRank[lesson.visibility as Visibility] > visibilityRank[pilot.visibility as Visibility];
      return moreVisible ? [`${lesson.title}: ${lesson.visibility}, its pilot ${pilot.visibility}`] : [];
    });
    expect(problems).toEqual([]);
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
      const tags = lesson.tags
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean);
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
      "jongeren",
      "schulden",
      "wijkteam",
      "ervaringsdeskundige",
      "privacy",
      "digitale kloof",
      "vroegsignalering",
      "mantelzorg",
      "laaggeletterd",
      "werkgever",
      "huisarts",
      "café",
      "coördinator",
      "financiële",
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
    const adoptions = demoNetwork.flatMap((municipality) => (municipality.adoptions ?? []).map((adoption) => ({ municipality, adoption })));
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
