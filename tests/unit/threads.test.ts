import { describe, expect, it } from "vitest";
import { mayMarkAnswered, threadsOf } from "../../src/domain/threads.ts";

const c = (id: string, reply_to = "") => ({ id, reply_to });

describe("threadsOf", () => {
  it("puts each answer under its question, keeping the order", () => {
    const threads = threadsOf([c("q1"), c("q2"), c("a1", "q1"), c("a2", "q2"), c("a3", "q1")]);
    expect(threads.map((t) => [t.question.id, t.answers.map((a) => a.id)])).toEqual([
      ["q1", ["a1", "a3"]],
      ["q2", ["a2"]],
    ]);
  });

  it("keeps an answer whose question is not there as a question of its own", () => {
    expect(threadsOf([c("a1", "gone"), c("q1")]).map((t) => t.question.id)).toEqual(["a1", "q1"]);
  });
});

describe("mayMarkAnswered", () => {
  const question = { author: "asker", reply_to: "" };
  it.each([
    ["the asker", { id: "asker", municipality: "elders" }, true],
    ["a user of the owning municipality", { id: "u", municipality: "owner" }, true],
    ["a user of another municipality", { id: "u", municipality: "elders" }, false],
    ["a visitor", null, false],
  ] as const)("%s: %s", (_, user, may) => {
    expect(mayMarkAnswered(question, user, "owner")).toBe(may);
  });

  it("nobody marks an answer", () => {
    expect(mayMarkAnswered({ author: "asker", reply_to: "q" }, { id: "asker", municipality: "owner" }, "owner")).toBe(false);
  });
});
