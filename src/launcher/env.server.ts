import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { defaultTheme, defaultThemeClass, themeFile } from "../server/theme.ts";
import { type MailConfig, readMailConfig } from "./mail-config.ts";
import { defaultDataDir, projectRoot } from "./paths.ts";

/**
 * The launcher's configuration, read once from the environment at start-up. A wrong value stops
 * the start with one Dutch line that names the variable, instead of a stack trace later on.
 */

/** A value quoted for a one-line message: control characters escaped, long values cut. */
const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

const port = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return fallback;
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1 || number > 65535) {
        ctx.addIssue({ code: "custom", message: `${name} moet een poortnummer van 1 tot en met 65535 zijn (nu: ${shown(value)}).` });
        return z.NEVER;
      }
      return number;
    });

/** An optional http(s) URL, kept as its origin. */
const httpOrigin = (name: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      try {
        const url = new URL(value);
        if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error();
        return url.origin;
      } catch {
        ctx.addIssue({ code: "custom", message: `${name} is geen geldige http(s)-URL (nu: ${shown(value)}).` });
        return z.NEVER;
      }
    });

const EnvSchema = z
  .object({
    PORT: port("PORT", 4321),
    HOST: z
      .string()
      .trim()
      .min(1)
      .optional()
      .catch(undefined)
      .transform((host) => host ?? "localhost"),
    POCKETBASE_PORT: port("POCKETBASE_PORT", 8090),
    POCKETBASE_DIR: z
      .string()
      .optional()
      .transform((dir) => (dir ? (isAbsolute(dir) ? dir : resolve(projectRoot, dir)) : defaultDataDir)),
    POCKETBASE_URL: httpOrigin("POCKETBASE_URL"),
    SITE_URL: httpOrigin("SITE_URL"),
    TRUSTED_PROXY: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const address = value?.trim();
        if (!address) return undefined;
        if (isIP(address) === 0) {
          ctx.addIssue({
            code: "custom",
            message: `TRUSTED_PROXY moet één IP-adres zijn, het adres van uw reverse proxy (nu: ${shown(value ?? "")}).`,
          });
          return z.NEVER;
        }
        return address;
      }),
    POCKETBASE_ADMIN_EMAIL: z.string().trim().optional(),
    POCKETBASE_ADMIN_PASSWORD: z.string().optional(),
    THEME: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const file = themeFile(value?.trim() || defaultTheme, projectRoot);
        if (!file) {
          ctx.addIssue({
            code: "custom",
            message: `THEME moet een bestaand CSS-bestand zijn: een pad of een pakketpad zoals ${defaultTheme} (nu: ${shown(value ?? "")}).`,
          });
          return z.NEVER;
        }
        return file;
      }),
    THEME_CLASS: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const name = value?.trim() || defaultThemeClass;
        if (!/^-?[A-Za-z_][\w-]*$/.test(name)) {
          ctx.addIssue({
            code: "custom",
            message: `THEME_CLASS moet één CSS-klassenaam zijn, zoals voorbeeld-theme (nu: ${shown(value ?? "")}).`,
          });
          return z.NEVER;
        }
        return name;
      }),
    DEMO_DATA: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value === "" || value === "true" || value === "1") return true;
        if (value === "false" || value === "0") return false;
        ctx.addIssue({ code: "custom", message: `DEMO_DATA moet "true" of "false" zijn (nu: ${shown(value)}).` });
        return z.NEVER;
      }),
  })
  .transform((env, ctx) => {
    const email = env.POCKETBASE_ADMIN_EMAIL || undefined;
    const password = env.POCKETBASE_ADMIN_PASSWORD || undefined;
    if (Boolean(email) !== Boolean(password)) {
      ctx.addIssue({
        code: "custom",
        message: "Zet POCKETBASE_ADMIN_EMAIL en POCKETBASE_ADMIN_PASSWORD allebei, of geen van beide.",
      });
      return z.NEVER;
    }
    if (email && !z.email().safeParse(email).success) {
      ctx.addIssue({ code: "custom", message: `POCKETBASE_ADMIN_EMAIL is geen geldig e-mailadres (nu: ${shown(email)}).` });
      return z.NEVER;
    }
    // A class the stylesheet never names would leave every page without colours, silently.
    if (!new RegExp(`\\.${env.THEME_CLASS}(?![\\w-])`).test(readFileSync(env.THEME, "utf8"))) {
      ctx.addIssue({
        code: "custom",
        message: `THEME_CLASS ${shown(env.THEME_CLASS)} komt niet voor in het THEME-bestand ${shown(env.THEME)}; zet de klasse van dat thema.`,
      });
      return z.NEVER;
    }
    if (password && password.length < 10) {
      ctx.addIssue({ code: "custom", message: "POCKETBASE_ADMIN_PASSWORD moet minstens 10 tekens lang zijn." });
      return z.NEVER;
    }
    return {
      port: env.PORT,
      host: env.HOST,
      pocketbasePort: env.POCKETBASE_PORT,
      pocketbaseDir: env.POCKETBASE_DIR,
      /** An already running PocketBase to use instead of starting the embedded one. */
      pocketbaseUrl: env.POCKETBASE_URL,
      superuser: email && password ? { email, password } : undefined,
      /** Where the site is reached from outside, for absolute links; the listening address unless set. */
      siteUrl: env.SITE_URL ?? `http://${env.HOST}:${env.PORT}`,
      /** The reverse proxy whose X-Forwarded-For names the visitor; without one, nobody's is believed. */
      trustedProxy: env.TRUSTED_PROXY,
      demoData: env.DEMO_DATA,
      /** The NL Design System theme: its stylesheet (served at /thema.css) and the class that switches it on. */
      theme: { file: env.THEME, className: env.THEME_CLASS },
    };
  });

type LauncherConfig = z.output<typeof EnvSchema> & { mail: MailConfig };

export type ConfigResult = { ok: true; config: LauncherConfig } | { ok: false; message: string };

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const result = EnvSchema.safeParse(env);
  if (!result.success) return { ok: false, message: `Configuratiefout: ${result.error.issues[0]?.message ?? "onbekende fout"}` };
  const mail = readMailConfig(env);
  if (!mail.ok) return { ok: false, message: `Configuratiefout: ${mail.message}` };
  return { ok: true, config: { ...result.data, mail: mail.config } };
}
