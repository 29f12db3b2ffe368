import { describe, expect, it } from "vitest";
import { notificationKinds } from "../../src/domain/notification-kinds.ts";
import { byEmail, channelFor, defaultChannels, inSite, notificationChannels } from "../../src/domain/notification-preferences.ts";
import { loadHookLib } from "../support/hook-lib.ts";

/**
 * The hooks decide who is told how (pocketbase/pb_hooks/lib/notify.js); /instellingen shows the
 * choices and their defaults from src/domain/notification-preferences.ts. The two must agree, or a
 * user who never chose would be told differently from what the page says.
 */
type NotifyLib = {
  DEFAULT_CHANNELS: Record<string, string>;
  channelFor: (kind: string, stored: string) => string;
  inSite: (channel: string) => boolean;
  byEmail: (channel: string) => boolean;
};
const notify = loadHookLib<NotifyLib>("notify.js");

describe("lib/notify.js and src/domain/notification-preferences.ts", () => {
  it("have the same default channel for every kind, and no other kinds", () => {
    expect(notify.DEFAULT_CHANNELS).toEqual(defaultChannels);
    expect(Object.keys(notify.DEFAULT_CHANNELS).sort()).toEqual([...notificationKinds].sort());
  });

  it.each(notificationKinds)("read a stored choice for %s the same way, the empty one included", (kind) => {
    for (const stored of ["", "onzin", ...notificationChannels]) {
      expect(notify.channelFor(kind, stored)).toBe(channelFor(kind, stored));
    }
  });

  it.each(notificationChannels)("mean the same by the channel %s: in the site, by e-mail", (channel) => {
    expect([notify.inSite(channel), notify.byEmail(channel)]).toEqual([inSite(channel), byEmail(channel)]);
  });
});
