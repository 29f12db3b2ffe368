import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { fetchAttachment } from "../../src/data/evaluations.ts";
import {
  type Neighbours,
  type Visibility,
  appClientOf,
  countAsAdmin,
  createNeighbours,
  refusalOf,
  statusOf,
  storedAsAdmin,
  visibilities,
} from "./fixtures.ts";
import { evaluationData, pdfBytes, pdfFile, pilotsOfEachVisibility } from "./evaluation-fixtures.ts";

/**
 * The attachments of `evaluations`: checked by content and size, and downloadable only with a file
 * token of someone who may see the evaluation.
 */

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
  let pilots: Record<Visibility, RecordModel>;

  beforeAll(async () => {
    n = await createNeighbours();
    pilots = await pilotsOfEachVisibility(n);
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
