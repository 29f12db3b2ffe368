import { describe, expect, inject } from "vitest";
import { waitForMail } from "../support/mailbox.ts";
import { signIn } from "./browser.ts";
import { test } from "./fixtures.ts";

/**
 * The directeur of Zwolle invites a colleague on /beheer/gebruikers; the invitation arrives in the
 * launcher's dev mailbox; the colleague opens its link in a browser of their own, chooses a
 * password and lands signed in. Then the directeur deactivates the account, which ends that session.
 */

describe("inviting a colleague", () => {
  test("from the account list to the colleague's first page, through the mailed link", async ({ newPage }) => {
    const stamp = Date.now().toString(36);
    const email = `nieuw-${stamp}@zwolle.test`;
    const name = `Nieuwe collega ${stamp}`;

    const director = await newPage();
    await signIn(director, "directie@zwolle.test");
    await director.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
    await director.getByLabel("E-mailadres").fill(email);
    await director.getByLabel("Naam", { exact: true }).fill(name);
    await director.getByLabel("Rol", { exact: true }).selectOption("collega");
    await director.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await expect.poll(() => director.getByRole("status").textContent()).toContain("De uitnodiging is verstuurd");
    const row = director.getByRole("row", { name: new RegExp(name) });
    await expect.poll(() => row.textContent()).toContain("Uitgenodigd, nog niet aangemeld");

    const mail = await waitForMail(inject("mailboxUrl"), (m) => m.to.includes(email));
    expect(mail.subject).toBe("Uitnodiging voor Proeftuin van Zwolle");
    const link = /https?:\/\/\S+\/uitnodiging\?token=\S+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    const { pathname, search } = new URL(link ?? "");

    const colleague = await newPage();
    await colleague.goto(pathname + search);
    await colleague.getByLabel("Wachtwoord", { exact: true }).fill("mijn-eigen-wachtwoord");
    await colleague.getByLabel("Herhaal het wachtwoord").fill("mijn-eigen-wachtwoord");
    await colleague.getByRole("button", { name: "Wachtwoord opslaan en inloggen" }).click();
    await colleague.waitForURL((url) => url.pathname === "/mijn");
    expect(await colleague.locator(".site-user").textContent()).toContain(`${name} (Collega)`);

    // Deactivated, after a confirmation step: the colleague's open session ends at the next page.
    await director.goto("/beheer/gebruikers");
    await director.getByRole("link", { name: `Deactiveren ${name}` }).click();
    await director.getByRole("button", { name: "Ja, deactiveren" }).click();
    await expect.poll(() => director.getByRole("status").textContent()).toContain("Het account is gedeactiveerd");
    await colleague.reload();
    expect(new URL(colleague.url()).pathname).toBe("/inloggen");
  });
});
