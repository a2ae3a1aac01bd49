#!/usr/bin/env node
// `npm run screenshots`: the README's pictures, taken from the demo so that they stay true.
// Starts the app with its demo data (scripts/start.mjs on a free port; or uses the one at
// --url=http://…), signs in as the demo accounts with Debian's Chromium (/usr/bin/chromium, or
// CHROMIUM_PATH) through Playwright, and writes 1366×768 PNGs to docs/screenshots/.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { waitForHttp } from "./lib/runtime-env.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "docs", "screenshots");
const PASSWORD = "Passerelle-Demo-2026";
const VIEWPORT = { width: 1366, height: 768 };
const say = (line) => console.log(`[screenshots] ${line}`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startApp() {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "inherit", "inherit"] });
  const base = `http://localhost:${port}`;
  // The first start builds the application: a few minutes.
  if (!(await waitForHttp(`${base}/api/health`, { timeoutMs: 15 * 60_000 }))) throw new Error("l'application n'a pas démarré");
  return { base, stop: () => new Promise((resolve) => { child.once("exit", resolve); child.kill("SIGTERM"); }) };
}

async function signedIn(browser, base, email) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await page.goto(`${base}/connexion`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion"));
  return { context, page };
}

/** Lossy but text-safe compression when pngquant is installed (Debian: apt-get install pngquant). */
function compress(file) {
  const run = spawnSync("pngquant", ["--force", "--skip-if-larger", "--quality=80-98", "--speed=1", "--output", file, file], { stdio: "ignore" });
  return run.error ? "non compressée (pngquant absent)" : `${Math.round(fs.statSync(file).size / 1024)} Ko`;
}

async function shoot(page, base, url, file) {
  await page.goto(`${base}${url}`, { timeout: 120_000 });
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  // The dashboard answers from its cache and recomputes behind: reload until the figures are fresh.
  for (let i = 0; i < 20 && (await page.getByText(/mise à jour est en cours/).count()) > 0; i++) {
    await page.waitForTimeout(1_500);
    await page.reload();
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  }
  // The development server's badge is not part of the product.
  await page.addStyleTag({ content: "nextjs-portal { display: none !important; }" });
  await page.screenshot({ path: path.join(OUT, file) });
  say(`${file} ← ${url.replace(/[0-9a-f-]{36}/g, "…")}, ${compress(path.join(OUT, file))}`);
}

const urlArg = process.argv.find((a) => a.startsWith("--url="))?.slice("--url=".length);
const app = urlArg ? { base: urlArg.replace(/\/$/, ""), stop: async () => {} } : await startApp();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
  // Chromium writes the date fields in the language of its own process, not the page's: French,
  // so that they read dd/mm/yyyy.
  env: { ...process.env, LANG: "fr_FR.UTF-8", LANGUAGE: "fr", LC_ALL: "fr_FR.UTF-8" },
});
try {
  fs.mkdirSync(OUT, { recursive: true });
  const ts = await signedIn(browser, app.base, "ts@demo.passerelle.fr");
  // Ma journée, the home page of a travailleur social (app/(app)/accueil/page.tsx).
  await shoot(ts.page, app.base, "/accueil", "accueil.png");
  // The dossier followed the longest (the demo's histories, prisma/seed/histoires.ts).
  await ts.page.goto(`${app.base}/usagers?q=Pereira`);
  const dossier = await ts.page.locator("table a[href^='/usagers/']").first().getAttribute("href");
  await shoot(ts.page, app.base, dossier ?? "/usagers", "dossier.png");
  await ts.context.close();
  const responsable = await signedIn(browser, app.base, "responsable@demo.passerelle.fr");
  // The year so far: a month just begun would show little.
  await shoot(responsable.page, app.base, "/tableau-de-bord?periode=annee", "tableau-de-bord.png");
  await responsable.context.close();
  const agent = await signedIn(browser, app.base, "agent@demo.passerelle.fr");
  await agent.page.goto(`${app.base}/fiches-liaison`);
  const fiche = await agent.page.locator("table a[href^='/fiches-liaison/']").first().getAttribute("href");
  await shoot(agent.page, app.base, fiche ?? "/fiches-liaison", "fiche-agent.png");
  await agent.context.close();
} finally {
  await browser.close();
  await app.stop();
}
