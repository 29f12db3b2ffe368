import type { TypedPocketBase } from "../data/client.ts";
import { saveLesson } from "../data/lessons.ts";
import { adoptPilot } from "../data/adoption.ts";
import { seedOwnVersion } from "./seed-own-version.ts";
import { LessonFormSchema } from "../domain/lesson.ts";
import type { DemoComment, DemoMunicipality } from "./demo/demo-types.ts";
import { findFirst } from "../data/find-first.ts";

type Account = { id: string; name: string; municipality: string };

/**
 * The demo network's lessons, questions and answers, and adoptions, each looked up by its natural
 * key first (title, author and text, original and adopter) so that a second run adds nothing.
 */
export async function seedLearningNetwork(
  pb: TypedPocketBase,
  network: readonly DemoMunicipality[],
): Promise<{ lessons: number; comments: number; adoptions: number }> {
  const counts = { lessons: 0, comments: 0, adoptions: 0 };
  const accounts = new Map<string, Account>();
  for (const user of await pb.collection("users").getFullList({ fields: "id,email,name,municipality" })) {
    accounts.set(user.email, { id: user.id, name: user.name, municipality: user.municipality });
  }
  const account = (email: string): Account => {
    const found = accounts.get(email);
    if (!found) throw new Error(`Demo-account ${email} bestaat niet.`);
    return found;
  };
  const idByTitle = async (collection: "pilots" | "lessons", title: string, municipality?: string): Promise<string> => {
    const filter = municipality
      ? pb.filter("title = {:title} && municipality = {:municipality}", { title, municipality })
      : pb.filter("title = {:title}", { title });
    const record = await findFirst(pb, collection, filter);
    if (!record) throw new Error(`Demo-${collection === "pilots" ? "pilot" : "les"} "${title}" bestaat niet.`);
    return record.id;
  };

  for (const demo of network) {
    for (const { pilotTitle, author, ...input } of demo.lessons ?? []) {
      const writer = account(author);
      if (
        await findFirst(pb, "lessons", pb.filter("title = {:title} && municipality = {:m}", { title: input.title, m: writer.municipality }))
      )
        continue;
      const pilot = pilotTitle ? await idByTitle("pilots", pilotTitle, writer.municipality) : "";
      const result = await saveLesson(pb, {
        municipality: writer.municipality,
        author: writer.id,
        form: LessonFormSchema.parse({ ...input, pilot }),
      });
      if (!result.ok) throw new Error(`Demo-les "${input.title}" niet opgeslagen: ${JSON.stringify(result)}`);
      counts.lessons++;
    }
  }

  for (const demo of network) {
    for (const comment of demo.comments ?? []) {
      if (await seedComment(pb, comment, account(comment.author), idByTitle)) counts.comments++;
    }
  }

  for (const demo of network) {
    for (const adoption of demo.adoptions ?? []) {
      const adopter = account(adoption.by);
      const original = await idByTitle("pilots", adoption.pilotTitle);
      if (
        await findFirst(pb, "pilots", pb.filter("adopted_from = {:original} && municipality = {:m}", { original, m: adopter.municipality }))
      )
        continue;
      const result = await adoptPilot(pb, original, adopter.municipality);
      if (!result.ok) throw new Error(`Demo-overname van "${adoption.pilotTitle}" mislukt: ${result.message}`);
      if (adoption.ownVersion) await seedOwnVersion(pb, result.id, adoption.ownVersion);
      counts.adoptions++;
    }
  }
  return counts;
}

/** A comment written as its author: the superuser sets the author fields the hook would set from the session. */
async function seedComment(
  pb: TypedPocketBase,
  comment: DemoComment,
  author: Account,
  idByTitle: (collection: "pilots" | "lessons", title: string) => Promise<string>,
): Promise<boolean> {
  const target =
    "lessonTitle" in comment
      ? { lesson: await idByTitle("lessons", comment.lessonTitle) }
      : { pilot: await idByTitle("pilots", comment.pilotTitle) };
  const [field, id] = Object.entries(target)[0]!;
  const existing = await findFirst(
    pb,
    "comments",
    pb.filter(`author = {:author} && body = {:body} && ${field} = {:id}`, { author: author.id, body: comment.body, id }),
  );
  if (existing) return false;
  // An owner's comment on its own lesson or pilot answers the latest question on it (demo-network.ts).
  const owner = (await pb.collection("lesson" in target ? "lessons" : "pilots").getOne(id, { fields: "municipality" })).municipality;
  const question =
    owner === author.municipality
      ? (
          await pb.collection("comments").getList(1, 1, {
            filter: pb.filter(`${field} = {:id} && reply_to = "" && author_municipality != {:owner}`, { id, owner }),
            sort: "-created,-id",
            skipTotal: true,
          })
        ).items[0]
      : undefined;
  const answered = comment.answered ? { answered: true, answered_at: new Date().toISOString(), answered_by: author.id } : {};
  await pb.collection("comments").create({
    ...target,
    author: author.id,
    author_name: author.name,
    author_municipality: author.municipality,
    body: comment.body,
    reply_to: question?.id ?? "",
    ...answered,
  });
  return true;
}
