import { describe, expect, it } from "vitest";
import { signInPath } from "../../src/server/sign-in-path.ts";
import { safeReturnPath } from "../../src/server/safe-return.ts";

describe("signInPath", () => {
  it.each([
    ["https://proeftuin.test/portfolio/audit?persoon=abc&pagina=2", "/inloggen?terug=%2Fportfolio%2Faudit%3Fpersoon%3Dabc%26pagina%3D2"],
    ["https://proeftuin.test/lessen?q=jongeren%20werk", "/inloggen?terug=%2Flessen%3Fq%3Djongeren%2520werk"],
    ["https://proeftuin.test/", "/inloggen?terug=%2F"],
  ])("sends %s to %s", (page, path) => {
    expect(signInPath(new URL(page))).toBe(path);
  });

  it("says the page asked for it when needed", () => {
    expect(signInPath(new URL("https://proeftuin.test/mijn-gegevens"), { needed: true })).toBe(
      "/inloggen?terug=%2Fmijn-gegevens&melding=nodig",
    );
  });

  it.each(["/portfolio/audit?persoon=abc&pagina=2", "/lessen?q=jongeren%20werk", "/pilots/abc123def456ghi/bewerken"])(
    "comes back to %s after signing in",
    (page) => {
      const terug = new URL(signInPath(new URL(page, "https://proeftuin.test")), "https://proeftuin.test").searchParams.get("terug");
      expect(safeReturnPath(terug)).toBe(page);
    },
  );
});
