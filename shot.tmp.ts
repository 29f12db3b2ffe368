import { chromium } from "playwright-core";
const [,, who, path, out] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking"] });
const c = await b.newContext({ baseURL: "http://localhost:4401", viewport: { width: 1280, height: 900 } });
const p = await c.newPage();
p.on("pageerror", e => console.log("pageerror:", e.message));
p.on("console", m => { if (m.type() === "error") console.log("console:", m.text()); });
if (who !== "guest") { await p.goto("/inloggen"); await p.getByLabel("E-mailadres").fill(who!); await p.getByLabel("Wachtwoord").fill("proeftuin-demo"); await p.getByRole("button", {name: "Inloggen"}).click(); await p.waitForURL(u => !u.pathname.startsWith("/inloggen")); }
const r = await p.goto(path!); console.log(r?.status()); await p.waitForTimeout(800);
await p.screenshot({ path: out!, fullPage: false });
await b.close();
