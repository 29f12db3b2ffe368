import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { createComment, deleteComment, listComments, updateComment } from "../../src/data/comments.ts";
import { questionsToMunicipality } from "../../src/data/questions.ts";
import {
  type Actor,
  type Neighbours,
  type Visibility,
  actors,
  appClientOf,
  countAsAdmin,
  createNeighbours,
  mayRead,
  pilotData,
  refusalOf,
  statusOf,
  storedAsAdmin,
  visibilities,
} from "./fixtures.ts";
import { createLesson, nonsenseWord } from "./learning-fixtures.ts";

/**
 * The rules of `comments` (pb_migrations/1764151000_comments_adoptions.js) and pb_hooks/comments.pb.js:
 * signed-in users ask questions about what they can see; the server fills in who asked; authors
 * edit and delete only their own. "own" owns the lessons and pilots, "other" is a peer.
 */

let n: Neighbours;
type Target = "lesson" | "pilot";
const targets = {} as Record<Target, Record<Visibility, RecordModel>>;

beforeAll(async () => {
  n = await createNeighbours();
  targets.lesson = {} as Record<Visibility, RecordModel>;
  targets.pilot = {} as Record<Visibility, RecordModel>;
  for (const visibility of visibilities) {
    targets.lesson[visibility] = await createLesson(n.as.ownManager, { visibility });
    targets.pilot[visibility] = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
  }
});

const userIdOf = (actor: Actor): string => n.as[actor].authStore.record?.id ?? "";
const newBody = () => `Hoe hebben jullie dit aangepakt? (${nonsenseWord()})`;

/** A comment by the actor on the target, through the API as that actor. */
function commentAs(pb: PocketBase, data: Record<string, unknown>) {
  return pb.collection("comments").create({ author: pb.authStore.record?.id ?? "", body: newBody(), ...data });
}

describe("who may comment on what", () => {
  const rows = (["lesson", "pilot"] as const).flatMap((target) =>
    visibilities.flatMap((visibility) =>
      actors.map((actor) => ({ target, visibility, actor, status: actor !== "guest" && mayRead(actor, visibility) ? 200 : 400 })),
    ),
  );

  it.each(rows)("$actor comments on a $visibility $target: $status", async ({ target, visibility, actor, status }) => {
    const body = newBody();
    const call = n.as[actor].collection("comments").create({ [target]: targets[target][visibility].id, author: userIdOf(actor), body });
    expect(await statusOf(call)).toBe(status);
    expect(await countAsAdmin("comments", "body = {:body}", { body })).toBe(status === 200 ? 1 : 0);
  });

  it.each([
    { case: "a colleague of the same municipality", author: () => n.other.users.colleague.id },
    { case: "the owner of the lesson", author: () => n.own.users.manager.id },
    { case: "nobody", author: () => "" },
  ])("a peer cannot comment in the name of $case (400)", async ({ author }) => {
    const body = newBody();
    const call = n.as.otherManager.collection("comments").create({ lesson: targets.lesson.public.id, author: author(), body });
    expect(await statusOf(call)).toBe(400);
    expect(await countAsAdmin("comments", "body = {:body}", { body })).toBe(0);
  });

  it.each([
    { case: "both a lesson and a pilot", data: () => ({ lesson: targets.lesson.public.id, pilot: targets.pilot.public.id }) },
    { case: "neither a lesson nor a pilot", data: () => ({}) },
    { case: "an empty lesson and pilot", data: () => ({ lesson: "", pilot: "" }) },
  ])("a comment on $case is refused (400)", async ({ data }) => {
    const body = newBody();
    const refusal = await refusalOf(commentAs(n.as.otherColleague, { ...data(), body }));
    expect(refusal.status).toBe(400);
    expect(await countAsAdmin("comments", "body = {:body}", { body })).toBe(0);
  });

  it("createComment from src/data reports a refusal instead of throwing", async () => {
    const pb = appClientOf(n.as.otherManager);
    const refused = await createComment(pb, n.other.users.manager.id, { lesson: targets.lesson.private.id }, newBody());
    expect(refused.ok).toBe(false);
    const accepted = await createComment(pb, n.other.users.manager.id, { pilot: targets.pilot.network.id }, newBody());
    expect(accepted.ok).toBe(true);
  });
});

describe("who asked is set by the server", () => {
  it.each(["lesson", "pilot"] as const)(
    "a comment on a %s carries its author's name and municipality, whatever the client sends",
    async (target) => {
      const created = await commentAs(n.as.otherColleague, {
        [target]: targets[target].network.id,
        author_name: "De burgemeester",
        author_municipality: n.own.municipality.id,
      });
      const stored = await storedAsAdmin("comments", created.id);
      expect([stored.author, stored.author_name, stored.author_municipality]).toEqual([
        n.other.users.colleague.id,
        n.other.users.colleague.name,
        n.other.municipality.id,
      ]);
    },
  );

  it("the same holds for a comment sent in a batch request", async () => {
    const batch = n.as.otherDirector.createBatch();
    const body = newBody();
    batch.collection("comments").create({
      lesson: targets.lesson.public.id,
      author: n.other.users.director.id,
      author_name: "Iemand anders",
      author_municipality: n.own.municipality.id,
      body,
    });
    await batch.send();
    const pb = n.as.ownManager;
    const [stored] = await pb.collection("comments").getFullList({ filter: pb.filter("body = {:body}", { body }) });
    expect([stored?.author_name, stored?.author_municipality]).toEqual([n.other.users.director.name, n.other.municipality.id]);
  });

  it("a batch cannot smuggle in a comment on a private lesson or with two targets (400), nor one by a guest", async () => {
    for (const [pb, data] of [
      [n.as.otherDirector, { lesson: targets.lesson.private.id, author: n.other.users.director.id }],
      [n.as.otherDirector, { lesson: targets.lesson.public.id, pilot: targets.pilot.public.id, author: n.other.users.director.id }],
      [n.as.guest, { lesson: targets.lesson.public.id, author: "" }],
    ] as const) {
      const body = newBody();
      const batch = pb.createBatch();
      batch.collection("comments").create({ ...data, body });
      expect(await statusOf(batch.send())).toBe(400);
      expect(await countAsAdmin("comments", "body = {:body}", { body })).toBe(0);
    }
  });

  it.each([
    { field: "author_name", value: () => "De burgemeester" },
    { field: "author_municipality", value: () => n.own.municipality.id },
    { field: "author", value: () => n.other.users.colleague.id },
    { field: "lesson", value: () => targets.lesson.network.id },
    { field: "pilot", value: () => targets.pilot.public.id },
  ])("the author cannot change $field (404)", async ({ field, value }) => {
    const created = await commentAs(n.as.otherManager, { lesson: targets.lesson.public.id });
    expect(await statusOf(n.as.otherManager.collection("comments").update(created.id, { [field]: value() }))).toBe(404);
    const stored = await storedAsAdmin("comments", created.id);
    expect([stored.lesson, stored.pilot, stored.author, stored.author_name, stored.author_municipality]).toEqual([
      targets.lesson.public.id,
      "",
      n.other.users.manager.id,
      n.other.users.manager.name,
      n.other.municipality.id,
    ]);
  });
});

describe("authors edit and delete only their own comments", () => {
  const strangers: readonly Actor[] = ["guest", "ownManager", "ownDirector", "ownColleague", "otherDirector", "otherColleague"];

  it.each(strangers)("%s cannot edit or delete a peer manager's comment (404)", async (actor) => {
    const created = await commentAs(n.as.otherManager, { lesson: targets.lesson.public.id });
    expect(await statusOf(n.as[actor].collection("comments").update(created.id, { body: "Overschreven door een ander." }))).toBe(404);
    expect(await statusOf(n.as[actor].collection("comments").delete(created.id))).toBe(404);
    expect((await storedAsAdmin("comments", created.id)).body).toBe(created.body);
  });

  it("the author edits the body and deletes the comment (src/data)", async () => {
    const pb = appClientOf(n.as.otherColleague);
    const created = await createComment(pb, n.other.users.colleague.id, { lesson: targets.lesson.network.id }, newBody());
    if (!created.ok) throw new Error("the comment was not created");
    expect(await updateComment(pb, created.id, "Een betere vraag, met meer uitleg.")).toEqual({ ok: true, id: created.id });
    expect((await storedAsAdmin("comments", created.id)).body).toBe("Een betere vraag, met meer uitleg.");
    await deleteComment(pb, created.id);
    expect(await countAsAdmin("comments", "id = {:id}", { id: created.id })).toBe(0);
  });

  it("the lesson's own municipality answers with a comment of its own, not by editing the question", async () => {
    const question = await commentAs(n.as.otherManager, { lesson: targets.lesson.public.id });
    const refused = await updateComment(appClientOf(n.as.ownManager), question.id, "Antwoord in de vraag geschreven.");
    expect(refused.ok).toBe(false);
    const answer = await commentAs(n.as.ownManager, { lesson: targets.lesson.public.id });
    expect(answer.author_municipality).toBe(n.own.municipality.id);
  });
});

describe("reading comments", () => {
  const comments = {} as Record<Target, Record<Visibility, RecordModel>>;

  beforeAll(async () => {
    comments.lesson = {} as Record<Visibility, RecordModel>;
    comments.pilot = {} as Record<Visibility, RecordModel>;
    for (const target of ["lesson", "pilot"] as const) {
      for (const visibility of visibilities) {
        comments[target][visibility] = await commentAs(n.as.ownColleague, { [target]: targets[target][visibility].id });
      }
    }
  });

  const rows = (["lesson", "pilot"] as const).flatMap((target) =>
    visibilities.flatMap((visibility) =>
      actors.map((actor) => ({ target, visibility, actor, status: mayRead(actor, visibility) ? 200 : 404 })),
    ),
  );

  it.each(rows)("$actor views a comment on a $visibility $target: $status", async ({ target, visibility, actor, status }) => {
    expect(await statusOf(n.as[actor].collection("comments").getOne(comments[target][visibility].id))).toBe(status);
  });

  it.each(actors)("%s lists the comments of each target it may see, and none of the others", async (actor) => {
    const pb = appClientOf(n.as[actor]);
    for (const target of ["lesson", "pilot"] as const) {
      for (const visibility of visibilities) {
        const where = target === "lesson" ? { lesson: targets.lesson[visibility].id } : { pilot: targets.pilot[visibility].id };
        const listed = (await listComments(pb, where)).map((c) => c.id);
        if (mayRead(actor, visibility)) expect(listed).toContain(comments[target][visibility].id);
        else expect(listed).toEqual([]);
      }
    }
  });

  it.each(actors)("%s cannot reach a comment on a private target through a relation filter or expand", async (actor) => {
    const pb = n.as[actor];
    // The public comment is a control: a non-empty answer proves the query ran.
    const control = comments.lesson.public.id;
    const found = await pb.collection("comments").getFullList({
      filter: pb.filter("id = {:control} || lesson.title = {:t} || pilot.title = {:p} || body = {:b}", {
        control,
        t: targets.lesson.private.title,
        p: targets.pilot.private.title,
        b: comments.lesson.private.body,
      }),
      expand: "lesson,pilot",
    });
    const ids = found.map((c) => c.id);
    if (mayRead(actor, "private")) {
      // Other tests in this file comment on the same private targets, so the own municipality sees more.
      expect(ids).toEqual(expect.arrayContaining([control, comments.lesson.private.id, comments.pilot.private.id]));
    } else {
      expect(ids).toEqual([control]);
      expect(found[0]?.expand).toEqual({ lesson: expect.objectContaining({ id: targets.lesson.public.id }) });
    }
  });
});

describe("when a target becomes private", () => {
  it("its comments disappear for outsiders and guests, and stay for its own municipality", async () => {
    const lesson = await createLesson(n.as.ownManager, { visibility: "public" });
    const question = await commentAs(n.as.otherManager, { lesson: lesson.id });
    expect(await statusOf(n.as.guest.collection("comments").getOne(question.id))).toBe(200);

    await n.as.ownManager.collection("lessons").update(lesson.id, { visibility: "private" });
    for (const actor of ["guest", "otherDirector", "otherColleague"] as const) {
      expect(await statusOf(n.as[actor].collection("comments").getOne(question.id))).toBe(404);
      expect(await listComments(appClientOf(n.as[actor]), { lesson: lesson.id })).toEqual([]);
    }
    // Its author keeps reading it: what the platform holds about a person is theirs to see.
    expect(await statusOf(n.as.otherManager.collection("comments").getOne(question.id))).toBe(200);
    expect((await listComments(appClientOf(n.as.ownColleague), { lesson: lesson.id })).map((c) => c.id)).toEqual([question.id]);
  });
});

describe("the inbox", () => {
  it("holds other municipalities' questions on the own lessons and pilots, newest first, not the own municipality's", async () => {
    const lesson = await createLesson(n.as.ownManager, { visibility: "public" });
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "network" }));
    const peerLesson = await createLesson(n.as.otherManager, { visibility: "public" });

    const onLesson = await commentAs(n.as.otherManager, { lesson: lesson.id });
    const ownColleague = await commentAs(n.as.ownColleague, { lesson: lesson.id });
    const onPilot = await commentAs(n.as.otherColleague, { pilot: pilot.id });
    const onPeerLesson = await commentAs(n.as.otherDirector, { lesson: peerLesson.id });
    const ownOnPeer = await commentAs(n.as.ownManager, { lesson: peerLesson.id });
    const ownAnswer = await commentAs(n.as.ownDirector, { pilot: pilot.id });

    const inbox = async (pb: Parameters<typeof questionsToMunicipality>[0], municipality: string) =>
      (await questionsToMunicipality(pb, municipality, { state: "alle", page: 1, perPage: 50 })).items;
    const received = await inbox(appClientOf(n.as.ownManager), n.own.municipality.id);
    const ids = received.map((c) => c.id);
    // Nothing else in this file comments after these, so they are the newest.
    expect(ids.slice(0, 2)).toEqual([onPilot.id, onLesson.id]);
    for (const absent of [ownColleague, onPeerLesson, ownOnPeer, ownAnswer]) expect(ids).not.toContain(absent.id);
    for (const comment of received) {
      expect(comment.author_municipality).not.toBe(n.own.municipality.id);
      const owner = comment.expand?.lesson?.municipality ?? comment.expand?.pilot?.municipality;
      expect(owner).toBe(n.own.municipality.id);
    }
    const created = received.map((c) => c.created);
    expect(created).toEqual([...created].sort().reverse());

    // The peer's inbox holds the own municipality's question on its lesson, not its own director's.
    const peerInbox = (await inbox(appClientOf(n.as.otherColleague), n.other.municipality.id)).map((c) => c.id);
    expect(peerInbox).toContain(ownOnPeer.id);
    expect(peerInbox).not.toContain(onPeerLesson.id);
  });
});
