/**
 * `npm start`: builds the site when its sources changed, starts PocketBase on its embedded SQLite
 * (or uses POCKETBASE_URL), applies the migrations, loads the demo network on the first run, and
 * serves the site. Ctrl-C or SIGTERM stops both processes; PocketBase finishes its writes first.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createClient } from "../data/client.ts";
import { removeTemporarySuperuser, signInSuperuser } from "../data/superuser.ts";
import { readConfig } from "../launcher/env.server.ts";
import { astroBin, build, needsBuild } from "../launcher/build-if-needed.ts";
import { type DevMailbox, startDevMailbox } from "../launcher/dev-mailbox.ts";
import { distEntry, projectRoot } from "../launcher/paths.ts";
import { isPortFree } from "../launcher/port-check.ts";
import {
  startPocketBase,
  stopProcessGroup,
  upsertSuperuser,
  waitForHealth,
  type RunningPocketBase,
} from "../launcher/pocketbase-process.ts";
import { isDemoSeeded, seedDemoNetwork } from "../launcher/seed-demo.ts";
import { demoNetwork } from "../launcher/demo/demo-network.ts";

const started = performance.now();
const dev = process.argv.includes("--dev");
const say = (line: string) => process.stdout.write(`[proeftuin] ${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`[proeftuin] ${line}\n`);
  process.exit(1);
};

const configResult = readConfig(process.env);
if (!configResult.ok) fail(configResult.message);
const config = configResult.ok ? configResult.config : (undefined as never);

let pocketbase: RunningPocketBase | undefined;
let mailbox: DevMailbox | undefined;
let site: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say("Stoppen…");
    if (site) await stopProcessGroup(site);
    if (pocketbase) await pocketbase.stop();
    if (mailbox) await mailbox.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function run(): Promise<void> {
  if (!(await isPortFree(config.port, config.host))) {
    fail(`Poort ${config.port} op ${config.host} is al in gebruik: kies een andere met PORT=…`);
  }
  if (!dev && needsBuild()) {
    say("De site wordt gebouwd (alleen nodig na een wijziging)…");
    if (!build()) fail("Bouwen mislukt; zie de meldingen hierboven.");
  }

  let pocketbaseUrl: string;
  if (config.pocketbaseUrl) {
    pocketbaseUrl = config.pocketbaseUrl;
    await waitForHealth(pocketbaseUrl, 10_000).catch(() =>
      fail(`PocketBase op POCKETBASE_URL=${pocketbaseUrl} antwoordt niet; start die eerst of laat POCKETBASE_URL weg.`),
    );
    say("E-mail: de PocketBase op POCKETBASE_URL verstuurt mail met zijn eigen mailinstellingen; SMTP_* en MAIL_FROM gelden hier niet.");
  } else {
    if (!(await isPortFree(config.pocketbasePort, "127.0.0.1"))) {
      fail(
        `Poort ${config.pocketbasePort} is al in gebruik: kies een andere met POCKETBASE_PORT=…, ` +
          "of gebruik een draaiende PocketBase met POCKETBASE_URL=….",
      );
    }
    const smtp = config.mail.smtp ?? (await startMailbox());
    if (config.mail.smtp) say(`E-mail: via ${smtp.host}:${smtp.port}, afzender ${config.mail.from}.`);
    say(`PocketBase start met gegevens in ${config.pocketbaseDir}`);
    pocketbase = await startPocketBase({
      dataDir: config.pocketbaseDir,
      port: config.pocketbasePort,
      superuser: config.superuser,
      output: "inherit",
      mail: { smtp, from: config.mail.from ?? "noreply@proeftuin.invalid", siteUrl: config.siteUrl },
    }).catch((error: Error) => fail(error.message));
    pocketbaseUrl = pocketbase.url;
    pocketbase.process.on("exit", (code) => {
      if (!stopping) {
        process.stderr.write(`[proeftuin] PocketBase stopte onverwacht (code ${code}).\n`);
        void shutdown(1);
      }
    });
  }

  if (config.demoData) await loadDemoNetwork(pocketbaseUrl);

  const command = dev ? [astroBin(), "dev", "--host", config.host, "--port", String(config.port)] : [distEntry];
  site = spawn(process.execPath, command, {
    cwd: projectRoot,
    stdio: "inherit",
    detached: true,
    env: {
      ...process.env,
      HOST: config.host,
      PORT: String(config.port),
      POCKETBASE_URL: pocketbaseUrl,
      SITE_URL: config.siteUrl,
      TRUSTED_PROXY: config.trustedProxy ?? "",
      ASTRO_TELEMETRY_DISABLED: "1",
      // The built site loads React from node_modules, which picks its (much slower) development
      // build unless told otherwise.
      ...(dev ? {} : { NODE_ENV: "production" }),
    },
  });
  site.on("exit", (code) => {
    if (!stopping) {
      process.stderr.write(`[proeftuin] De site stopte onverwacht (code ${code}).\n`);
      void shutdown(1);
    }
  });
  const siteUrl = `http://${config.host}:${config.port}`;
  await waitForSite(siteUrl);
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
  say(`Proeftuin draait op ${siteUrl} (klaar in ${seconds} s). Stoppen: Ctrl-C.`);
}

/** Without an SMTP server, all mail goes to the dev mailbox, which only this machine can reach. */
async function startMailbox(): Promise<{ host: string; port: number }> {
  const { mailboxPort, mailboxSmtpPort } = config.mail;
  mailbox = await startDevMailbox({ httpPort: mailboxPort, smtpPort: mailboxSmtpPort }).catch((error: NodeJS.ErrnoException) =>
    fail(
      error.code === "EADDRINUSE"
        ? `Poort ${mailboxPort} of ${mailboxSmtpPort} voor de testmailbox is al in gebruik: kies een andere met MAILBOX_PORT=… of MAILBOX_SMTP_PORT=….`
        : `De testmailbox start niet: ${error.message}`,
    ),
  );
  say(`E-mail: geen SMTP ingesteld; alle mail staat in de testmailbox op ${mailbox.url}`);
  return { host: "127.0.0.1", port: mailbox.smtpPort };
}

async function loadDemoNetwork(pocketbaseUrl: string): Promise<void> {
  const pb = createClient(pocketbaseUrl);
  if (await isDemoSeeded(pb, demoNetwork)) return;

  // Seeding needs a superuser. Without one configured, the embedded PocketBase gets a temporary
  // one with a random password, removed again as soon as the demo network is in.
  let credentials = config.superuser;
  const temporary = !credentials && pocketbase;
  if (temporary) {
    credentials = { email: `demo-seed-${randomBytes(4).toString("hex")}@proeftuin.invalid`, password: randomBytes(24).toString("hex") };
    upsertSuperuser(config.pocketbaseDir, credentials.email, credentials.password);
  }
  if (!credentials) {
    say("Demo-netwerk niet geladen: daarvoor zijn POCKETBASE_ADMIN_EMAIL en POCKETBASE_ADMIN_PASSWORD nodig.");
    return;
  }
  await signInSuperuser(pb, credentials);
  try {
    const counts = await seedDemoNetwork(pb, demoNetwork);
    say(
      `Demo-netwerk geladen: ${counts.municipalities} gemeenten, ${counts.users} accounts, ${counts.pilots} pilots, ` +
        `${counts.lessons} lessen, ${counts.comments} vragen en antwoorden, ${counts.adoptions} overname(s).`,
    );
  } finally {
    if (temporary) await removeTemporarySuperuser(pb);
    pb.authStore.clear();
  }
}

async function waitForSite(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  fail(`De site antwoordde niet binnen 60 seconden op ${url}.`);
}

run().catch((error: unknown) => {
  process.stderr.write(`[proeftuin] Starten mislukt: ${error instanceof Error ? error.message : String(error)}\n`);
  void shutdown(1);
});
