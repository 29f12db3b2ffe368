import { describe, it, expect } from "vitest";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readConfig, type ConfigResult } from "../../src/launcher/env.server.ts";

/** The project root, found independently of the module under test. */
const root = fileURLToPath(new URL("../../", import.meta.url));

function config(env: NodeJS.ProcessEnv) {
  const result = readConfig(env);
  if (!result.ok) throw new Error(`expected a valid configuration, got: ${result.message}`);
  return result.config;
}
function refusal(env: NodeJS.ProcessEnv): string {
  const result: ConfigResult = readConfig(env);
  if (result.ok) throw new Error(`expected a refusal, got: ${JSON.stringify(result.config)}`);
  return result.message;
}

describe("readConfig: defaults", () => {
  it("uses the defaults for an empty environment", () => {
    const result = config({});
    expect(result).toEqual({
      port: 4321,
      host: "localhost",
      pocketbasePort: 8090,
      pocketbaseDir: resolve(root, "pocketbase/pb_data"),
      pocketbaseUrl: undefined,
      superuser: undefined,
      demoData: true,
      siteUrl: "http://localhost:4321",
      trustedProxy: undefined,
      theme: {
        file: resolve(root, "node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css"),
        className: "voorbeeld-theme",
      },
      mail: { smtp: undefined, from: undefined, mailboxPort: 1080, mailboxSmtpPort: 0 },
    });
    expect(result.pocketbaseDir.endsWith("pocketbase/pb_data")).toBe(true);
  });

  it("treats empty values as not set", () => {
    expect(
      config({
        PORT: "",
        POCKETBASE_PORT: "",
        HOST: "  ",
        POCKETBASE_DIR: "",
        POCKETBASE_URL: "",
        DEMO_DATA: "",
        THEME: "",
        THEME_CLASS: " ",
      }),
    ).toEqual(config({}));
  });

  it("ignores variables it does not know", () => {
    expect(config({ PATH: "/usr/bin", HOME: "/home/x", NODE_ENV: "production" })).toEqual(config({}));
  });
});

describe("readConfig: ports", () => {
  it.each([
    ["1", 1],
    ["3000", 3000],
    ["65535", 65535],
  ])("accepts PORT=%j", (value, port) => {
    expect(config({ PORT: value }).port).toBe(port);
    expect(config({ POCKETBASE_PORT: value }).pocketbasePort).toBe(port);
  });

  it.each(["abc", "0", "70000", "65536", "-1", "80.5", "1e3x"])("refuses PORT=%j with one line naming PORT", (value) => {
    const message = refusal({ PORT: value });
    expect(message).toBe(`Configuratiefout: PORT moet een poortnummer van 1 tot en met 65535 zijn (nu: "${value}").`);
  });

  it.each(["abc", "0", "70000"])("refuses POCKETBASE_PORT=%j naming POCKETBASE_PORT", (value) => {
    expect(refusal({ POCKETBASE_PORT: value })).toBe(
      `Configuratiefout: POCKETBASE_PORT moet een poortnummer van 1 tot en met 65535 zijn (nu: "${value}").`,
    );
  });
});

describe("readConfig: host and data folder", () => {
  it("takes HOST, trimmed", () => {
    expect(config({ HOST: " 0.0.0.0 " }).host).toBe("0.0.0.0");
  });

  it("resolves a relative POCKETBASE_DIR against the project root", () => {
    expect(config({ POCKETBASE_DIR: "data/pb" }).pocketbaseDir).toBe(resolve(root, "data/pb"));
    expect(config({ POCKETBASE_DIR: "./pb_data" }).pocketbaseDir).toBe(resolve(root, "pb_data"));
  });

  it("keeps an absolute POCKETBASE_DIR", () => {
    expect(config({ POCKETBASE_DIR: "/var/lib/proeftuin/pb_data" }).pocketbaseDir).toBe("/var/lib/proeftuin/pb_data");
  });
});

describe("readConfig: POCKETBASE_URL", () => {
  it.each([
    ["http://127.0.0.1:8090", "http://127.0.0.1:8090"],
    ["http://127.0.0.1:8090/", "http://127.0.0.1:8090"],
    ["https://pb.gemeente.nl/api/collections?x=1#y", "https://pb.gemeente.nl"],
    ["HTTPS://PB.Gemeente.NL:443/", "https://pb.gemeente.nl"],
  ])("normalises %j to the origin %j", (value, origin) => {
    expect(config({ POCKETBASE_URL: value }).pocketbaseUrl).toBe(origin);
  });

  it.each(["ftp://x", "not a url", "file:///etc/passwd", "127.0.0.1:8090"])("refuses %j", (value) => {
    expect(refusal({ POCKETBASE_URL: value })).toBe(`Configuratiefout: POCKETBASE_URL is geen geldige http(s)-URL (nu: "${value}").`);
  });
});

describe("readConfig: SITE_URL", () => {
  it("defaults to the address the site listens on", () => {
    expect(config({ HOST: "127.0.0.1", PORT: "8080" }).siteUrl).toBe("http://127.0.0.1:8080");
  });

  it.each([
    ["https://proeftuin.gemeente.nl/", "https://proeftuin.gemeente.nl"],
    ["HTTPS://Proeftuin.Gemeente.NL:443/pilots?x=1", "https://proeftuin.gemeente.nl"],
  ])("normalises %j to the origin %j", (value, origin) => {
    expect(config({ SITE_URL: value }).siteUrl).toBe(origin);
  });

  it.each(["proeftuin.gemeente.nl", "javascript:alert(1)", "ftp://x"])("refuses %j", (value) => {
    expect(refusal({ SITE_URL: value })).toBe(`Configuratiefout: SITE_URL is geen geldige http(s)-URL (nu: "${value}").`);
  });
});

describe("readConfig: TRUSTED_PROXY", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    [" 10.0.0.5 ", "10.0.0.5"],
    ["::1", "::1"],
    ["", undefined],
  ])("takes %j as %j", (value, address) => {
    expect(config({ TRUSTED_PROXY: value }).trustedProxy).toBe(address);
  });

  it.each(["proxy.gemeente.nl", "10.0.0.0/8", "10.0.0.5, 10.0.0.6", "*"])("refuses %j: only one address is believed", (value) => {
    expect(refusal({ TRUSTED_PROXY: value })).toContain("Configuratiefout: TRUSTED_PROXY moet één IP-adres zijn");
  });
});

describe("readConfig: superuser", () => {
  it("takes both email (trimmed) and password", () => {
    expect(
      config({ POCKETBASE_ADMIN_EMAIL: " beheer@gemeente.nl ", POCKETBASE_ADMIN_PASSWORD: "lang-genoeg-wachtwoord" }).superuser,
    ).toEqual({
      email: "beheer@gemeente.nl",
      password: "lang-genoeg-wachtwoord",
    });
  });

  it("accepts a password of exactly 10 characters", () => {
    expect(config({ POCKETBASE_ADMIN_EMAIL: "a@b.nl", POCKETBASE_ADMIN_PASSWORD: "0123456789" }).superuser?.password).toBe("0123456789");
  });

  const both = "Configuratiefout: Zet POCKETBASE_ADMIN_EMAIL en POCKETBASE_ADMIN_PASSWORD allebei, of geen van beide.";
  it.each<[string, NodeJS.ProcessEnv]>([
    ["only the email", { POCKETBASE_ADMIN_EMAIL: "beheer@gemeente.nl" }],
    ["only the password", { POCKETBASE_ADMIN_PASSWORD: "lang-genoeg-wachtwoord" }],
    ["a blank email with a password", { POCKETBASE_ADMIN_EMAIL: "   ", POCKETBASE_ADMIN_PASSWORD: "lang-genoeg-wachtwoord" }],
    ["an email with an empty password", { POCKETBASE_ADMIN_EMAIL: "beheer@gemeente.nl", POCKETBASE_ADMIN_PASSWORD: "" }],
  ])("refuses %s", (_name, env) => {
    expect(refusal(env)).toBe(both);
  });

  it("refuses a password shorter than 10 characters", () => {
    expect(refusal({ POCKETBASE_ADMIN_EMAIL: "beheer@gemeente.nl", POCKETBASE_ADMIN_PASSWORD: "012345678" })).toBe(
      "Configuratiefout: POCKETBASE_ADMIN_PASSWORD moet minstens 10 tekens lang zijn.",
    );
  });

  it.each(["beheer", "beheer@", "@gemeente.nl", "beheer gemeente.nl"])("refuses the email %j", (email) => {
    expect(refusal({ POCKETBASE_ADMIN_EMAIL: email, POCKETBASE_ADMIN_PASSWORD: "lang-genoeg-wachtwoord" })).toBe(
      `Configuratiefout: POCKETBASE_ADMIN_EMAIL is geen geldig e-mailadres (nu: "${email}").`,
    );
  });
});

describe("readConfig: DEMO_DATA", () => {
  it.each([
    ["true", true],
    ["1", true],
    ["false", false],
    ["0", false],
  ])("reads DEMO_DATA=%j as %s", (value, expected) => {
    expect(config({ DEMO_DATA: value }).demoData).toBe(expected);
  });

  it.each(["maybe", "ja", "FALSE"])("refuses DEMO_DATA=%j", (value) => {
    expect(refusal({ DEMO_DATA: value })).toBe(`Configuratiefout: DEMO_DATA moet "true" of "false" zijn (nu: "${value}").`);
  });
});

describe("readConfig: messages", () => {
  // The launcher prints the message as one line; a value with a line break in it must not split it.
  it.each<NodeJS.ProcessEnv>([
    { PORT: "abc" },
    { PORT: "70000" },
    { POCKETBASE_URL: "not a url" },
    { DEMO_DATA: "maybe" },
    { POCKETBASE_ADMIN_EMAIL: "x" },
    { POCKETBASE_ADMIN_EMAIL: "x", POCKETBASE_ADMIN_PASSWORD: "lang-genoeg-wachtwoord" },
    { POCKETBASE_ADMIN_EMAIL: "a@b.nl", POCKETBASE_ADMIN_PASSWORD: "kort" },
    { PORT: "43\n21" },
    { DEMO_DATA: "ja\nnee" },
    { POCKETBASE_PORT: "80\r\n90" },
  ])("%j gives a single line starting with Configuratiefout:", (env) => {
    const message = refusal(env);
    expect(message.startsWith("Configuratiefout: ")).toBe(true);
    expect(message).not.toMatch(/[\r\n]/);
  });
});
