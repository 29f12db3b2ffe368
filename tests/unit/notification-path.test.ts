import { describe, expect, it } from "vitest";
import { notificationPath } from "../../src/data/notifications.ts";
import type { NotificationRecord } from "../../src/data/records.ts";

/** Where opening a notification in /meldingen leads, per kind (src/data/notifications.ts). */
const notification = (fields: Partial<NotificationRecord>) =>
  ({ id: "n1", collectionId: "", collectionName: "notifications", lesson: "", pilot: "", comment: "", ...fields }) as NotificationRecord;

describe("notificationPath", () => {
  it.each([
    [{ kind: "vraag", lesson: "l1", comment: "c1" }, "/lessen/l1#reactie-c1"],
    [{ kind: "antwoord", pilot: "p1", comment: "c2" }, "/pilots/p1#reactie-c2"],
    [{ kind: "besluit_nodig", pilot: "p2" }, "/pilots/p2"],
    [{ kind: "evaluatie_te_laat", pilot: "p3" }, "/pilots/p3"],
    [{ kind: "nieuwe_les", lesson: "l2" }, "/lessen/l2"],
    [{ kind: "nieuwe_les" }, "/lessen"],
    [{ kind: "vraag" }, "/meldingen"],
  ] as const)("%o leads to %s", (fields, path) => {
    expect(notificationPath(notification(fields))).toBe(path);
  });
});
