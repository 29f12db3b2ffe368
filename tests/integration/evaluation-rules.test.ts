import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { fetchAttachment } from "../../src/data/evaluations.ts";
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
  writers,
} from "./fixtures.ts";
import { evaluationData, pdfBytes, pdfFile } from "./evaluation-fixtures.ts";

/**
 * The API rules of `evaluations`: an evaluation follows its pilot's visibility for reading, only the
 * innovatiemanager and directeur of the pilot's municipality write it, it never moves to another
 * pilot, and its attachments are checked by content and size and downloadable only with a file token
 * of someone who may see the evaluation.
 */

const writerStatus = (actor: Actor, refused: number) => (writers.includes(actor) ? 200 : refused);

describe("reading evaluations", () => {
  let n: Neighbours;
  const pilots = {} as Record<Visibility, RecordModel>;
  const evaluations = {} as Record<Visibility, RecordModel>;

  beforeAll(async () => {
    n = await createNeighbours();
    for (const visibility of visibilities) {
      pilots[visibility] = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
      evaluations[visibility] = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots[visibility].id));
    }
  });

  const viewRows = visibilities.flatMap((visibility) =>
    actors.map((actor) => ({ actor, visibility, status: mayRead(actor, visibility) ? 200 : 404 })),
  );

  it.each(viewRows)("$actor views an evaluation of a $visibility pilot: $status", async ({ actor, visibility, status }) => {
    const seen = await n.as[actor]
      .collection("evaluations")
      .getOne(evaluations[visibility].id)
      .then(
        (record) => ({ status: 200, observations: record.observations }),
        (error: { status: number }) => ({ status: error.status }),
      );
    expect(seen).toEqual(status === 200 ? { status, observations: evaluations[visibility].observations } : { status });
  });

  it.each(actors)("%s lists exactly the evaluations it may read", async (actor) => {
    const pb = n.as[actor];
    const listed = await pb.collection("evaluations").getFullList({
      filter: pb.filter("pilot = {:a} || pilot = {:b} || pilot = {:c}", {
        a: pilots.private.id,
        b: pilots.network.id,
        c: pilots.public.id,
      }),
    });
    const expected = visibilities.filter((v) => mayRead(actor, v)).map((v) => evaluations[v].id);
    expect(listed.map((e) => e.id).sort()).toEqual(expected.sort());
  });

  it.each(["otherManager", "otherColleague", "guest"] as const)(
    "%s: filter pilot.title ~ … with expand=pilot finds no evaluation of a private pilot",
    async (actor) => {
      const pb = n.as[actor];
      const found = await pb.collection("evaluations").getList(1, 10, {
        filter: pb.filter("pilot.title ~ {:t}", { t: pilots.private.title }),
        expand: "pilot",
      });
      expect(found.totalItems).toBe(0);
    },
  );

  it.each(["otherManager", "otherColleague", "guest"] as const)(
    "%s: a back-relation filter from pilots (evaluations_via_pilot) does not reveal a private pilot's evaluation",
    async (actor) => {
      const pb = n.as[actor];
      const probe = (text: string) =>
        pb.collection("pilots").getList(1, 10, {
          filter: pb.filter("evaluations_via_pilot.observations ?~ {:o}", { o: text }),
        });
      expect((await probe(evaluations.private.observations)).totalItems).toBe(0);
    },
  );
});

describe("writing evaluations", () => {
  let n: Neighbours;
  const pilots = {} as Record<Visibility, RecordModel>;
  let ownOtherPilot: RecordModel;
  let outsidersPilot: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    for (const visibility of visibilities) {
      pilots[visibility] = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
    }
    ownOtherPilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    outsidersPilot = await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id, { visibility: "public" }));
  });

  const createRows = (["private", "public"] as const).flatMap((visibility) =>
    actors.map((actor) => ({ actor, visibility, status: writerStatus(actor, 400) })),
  );

  it.each(createRows)("$actor creates an evaluation on a $visibility pilot: $status", async ({ actor, visibility, status }) => {
    const data = evaluationData(pilots[visibility].id);
    expect(await statusOf(n.as[actor].collection("evaluations").create(data))).toBe(status);
    expect(await countAsAdmin("evaluations", "observations = {:o}", { o: data.observations })).toBe(status === 200 ? 1 : 0);
  });

  const changeRows = actors.map((actor) => ({ actor, status: writerStatus(actor, 404) }));

  it.each(changeRows)("$actor updates an evaluation of a public pilot: $status", async ({ actor, status }) => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots.public.id));
    const change = { observations: "Een aangepaste waarneming van de evaluatie.", participants: 31 };
    expect(await statusOf(n.as[actor].collection("evaluations").update(evaluation.id, change))).toBe(status);
    const stored = await storedAsAdmin("evaluations", evaluation.id);
    expect({ observations: stored.observations, participants: stored.participants }).toEqual(
      status === 200 ? change : { observations: evaluation.observations, participants: evaluation.participants },
    );
  });

  it.each(changeRows)("$actor deletes an evaluation of a public pilot: $status", async ({ actor, status }) => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots.public.id));
    expect(await statusOf(n.as[actor].collection("evaluations").delete(evaluation.id))).toBe(status);
    expect(await countAsAdmin("evaluations", "id = {:id}", { id: evaluation.id })).toBe(status === 200 ? 0 : 1);
  });

  const moveRows = [
    { actor: "ownManager", target: "the own municipality's other pilot" },
    { actor: "ownDirector", target: "the own municipality's other pilot" },
    { actor: "ownDirector", target: "another municipality's pilot" },
  ] as const;

  it.each(moveRows)("$actor cannot move an evaluation to $target (404)", async ({ actor, target }) => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots.private.id));
    const destination = target === "another municipality's pilot" ? outsidersPilot : ownOtherPilot;
    expect(await statusOf(n.as[actor].collection("evaluations").update(evaluation.id, { pilot: destination.id }))).toBe(404);
    expect((await storedAsAdmin("evaluations", evaluation.id)).pilot).toBe(pilots.private.id);
  });

  it("an outsider cannot move its own evaluation onto someone else's pilot (404)", async () => {
    const evaluation = await n.as.otherManager.collection("evaluations").create(evaluationData(outsidersPilot.id));
    expect(await statusOf(n.as.otherManager.collection("evaluations").update(evaluation.id, { pilot: pilots.public.id }))).toBe(404);
    expect((await storedAsAdmin("evaluations", evaluation.id)).pilot).toBe(outsidersPilot.id);
  });

  it("sending the unchanged pilot along with an edit is allowed", async () => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots.private.id));
    const edit = evaluationData(pilots.private.id, { what_worked: "Huisbezoeken door de coach." });
    expect(await statusOf(n.as.ownDirector.collection("evaluations").update(evaluation.id, edit))).toBe(200);
    expect((await storedAsAdmin("evaluations", evaluation.id)).what_worked).toBe("Huisbezoeken door de coach.");
  });
});

/** A multipart body for an evaluation with the given files, as the SDK sends it. */
function withFiles(data: Record<string, unknown>, files: readonly File[]): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(data)) form.append(key, String(value));
  for (const file of files) form.append("attachments", file);
  return form;
}

const text = (value: string) => new TextEncoder().encode(value);

describe("evaluation attachments", () => {
  let n: Neighbours;
  const pilots = {} as Record<Visibility, RecordModel>;

  beforeAll(async () => {
    n = await createNeighbours();
    for (const visibility of visibilities) {
      pilots[visibility] = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
    }
  });

  it("a pdf is accepted and stored under its own name with a suffix", async () => {
    const data = evaluationData(pilots.private.id);
    const created = await n.as.ownManager.collection("evaluations").create(withFiles(data, [pdfFile("verslag.pdf")]));
    const stored = await storedAsAdmin("evaluations", created.id);
    expect(stored.attachments).toHaveLength(1);
    expect((stored.attachments as string[])[0]).toMatch(/^verslag_[a-z0-9]+\.pdf$/);
  });

  const refusedFiles: ReadonlyArray<{ what: string; files: () => File[] }> = [
    {
      what: "a Windows executable (.exe)",
      files: () => [
        new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, ...new Uint8Array(200)])], "setup.exe", {
          type: "application/x-msdownload",
        }),
      ],
    },
    {
      what: "an HTML page (text/html)",
      files: () => [
        new File([text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")], "verslag.html", { type: "text/html" }),
      ],
    },
    {
      what: "an HTML page disguised as x.pdf",
      files: () => [
        new File([text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")], "x.pdf", { type: "application/pdf" }),
      ],
    },
    { what: "a pdf of just over 10 MB", files: () => [pdfFile("groot.pdf", 10 * 1024 * 1024 + 1)] },
    { what: "six pdfs (at most five)", files: () => Array.from({ length: 6 }, (_, i) => pdfFile(`deel${i}.pdf`)) },
  ];

  it.each(refusedFiles)("$what is refused (400 on attachments) and nothing is stored", async ({ files }) => {
    const data = evaluationData(pilots.private.id);
    expect(await refusalOf(n.as.ownManager.collection("evaluations").create(withFiles(data, files())))).toEqual({
      status: 400,
      fields: ["attachments"],
    });
    expect(await countAsAdmin("evaluations", "observations = {:o}", { o: data.observations })).toBe(0);
  });

  it("a pdf of exactly 10 MB is accepted", async () => {
    const data = evaluationData(pilots.private.id);
    const created = await n.as.ownManager.collection("evaluations").create(withFiles(data, [pdfFile("precies.pdf", 10 * 1024 * 1024)]));
    expect((await storedAsAdmin("evaluations", created.id)).attachments).toHaveLength(1);
  });

  describe("downloads need a file token of someone who may see the evaluation", () => {
    const evaluations = {} as Record<Visibility, RecordModel>;
    const fileOf = (visibility: Visibility) => (evaluations[visibility].attachments as string[])[0] ?? "";

    beforeAll(async () => {
      for (const visibility of visibilities) {
        evaluations[visibility] = await n.as.ownManager
          .collection("evaluations")
          .create(withFiles(evaluationData(pilots[visibility].id), [pdfFile("verslag.pdf")]));
      }
    });

    async function download(visibility: Visibility, tokenOf?: PocketBase): Promise<Response> {
      const pb = n.as.guest;
      const token = tokenOf ? await tokenOf.files.getToken() : undefined;
      return fetch(pb.files.getURL(evaluations[visibility], fileOf(visibility), token ? { token } : {}));
    }

    it.each(["private", "network"] as const)(
      "without a token the file of a %s pilot's evaluation is not served (404)",
      async (visibility) => {
        const response = await download(visibility);
        expect(response.status).toBe(404);
        expect(new Uint8Array(await response.arrayBuffer())).not.toEqual(pdfBytes());
      },
    );

    it("a guest gets a public pilot's file without a token, as it may read the evaluation (control)", async () => {
      const response = await download("public");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
    });

    it.each(["ownManager", "ownColleague"] as const)("with a file token of %s the private pilot's file is served (200)", async (actor) => {
      const response = await download("private", n.as[actor]);
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes());
    });

    it.each(["otherManager", "otherDirector", "otherColleague"] as const)(
      "with a file token of %s the private pilot's file is not served (404)",
      async (actor) => {
        const response = await download("private", n.as[actor]);
        expect(response.status).toBe(404);
        expect(new Uint8Array(await response.arrayBuffer())).not.toEqual(pdfBytes());
      },
    );

    it("with a file token of another municipality's user a network pilot's file is served, as the evaluation is (control)", async () => {
      const response = await download("network", n.as.otherColleague);
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes());
    });

    it("fetchAttachment gives the own colleague the file's bytes", async () => {
      const response = await fetchAttachment(appClientOf(n.as.ownColleague), evaluations.private.id, fileOf("private"));
      expect(response?.status).toBe(200);
      expect(new Uint8Array((await response?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(pdfBytes());
    });

    it("fetchAttachment gives null for a file name that is not on the evaluation", async () => {
      expect(await fetchAttachment(appClientOf(n.as.ownColleague), evaluations.private.id, "ander_abc123.pdf")).toBeNull();
    });

    it("fetchAttachment refuses another municipality's user a private pilot's file (404)", async () => {
      expect(await statusOf(fetchAttachment(appClientOf(n.as.otherManager), evaluations.private.id, fileOf("private")))).toBe(404);
    });
  });
});
