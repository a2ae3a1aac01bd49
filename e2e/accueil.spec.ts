// Issue 22, the front door: the reception agent records a passage and puts a person in the queue
// of the walk-in permanence; a TS takes them ("Prendre en charge"), creates their dossier (with
// the duplicate check) and saves the entretien prefilled with channel "permanence" and the motif;
// the dashboard counts both. Plus axe and the look at 1366 and 820 px of the desk's pages.
import { expect, test, type Page } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { axeViolations, scrollWidth } from "./helpers/axe";
import { query } from "./helpers/db";
import { gotoReady } from "./helpers/navigation";

test.setTimeout(180_000);

const SITE = "Maison des Solidarités Centre";
let permanenceId: string;
let siteId: string;

// The demo has no walk-in permanence: one at the accueil agent's site, all of today (Paris).
test.beforeAll(async () => {
  const [row] = await query<{ id: string; siteId: string }>(
    `INSERT INTO "Permanence" (id, "structureId", "siteId", "travailleurId", jour, debut, fin, "sansRendezVous", depuis, "updatedAt")
     SELECT gen_random_uuid(), s."structureId", s.id, u.id, EXTRACT(ISODOW FROM now() AT TIME ZONE 'Europe/Paris')::int, '00:00', '23:59', true,
            (now() AT TIME ZONE 'Europe/Paris')::date, now()
     FROM "Site" s JOIN "User" u ON u."structureId" = s."structureId" AND u.email = 'ts@demo.passerelle.fr'
     WHERE s.name = $1 RETURNING id, "siteId"`, [SITE]);
  permanenceId = row!.id;
  siteId = row!.siteId;
});

test.afterAll(async () => {
  await query(`DELETE FROM "Permanence" WHERE id = $1`, [permanenceId]);
});

/** The two figures of the accueil's sentence in the dashboard (RESPONSABLE, current period). */
async function accueilCounts(page: Page) {
  await gotoReady(page, "/tableau-de-bord");
  const text = (await page.getByRole("region", { name: "Accueil du public" }).locator("p").first().textContent()) ?? "";
  const passages = /(\d[\d\u202f ]*) passages? à l'accueil/.exec(text);
  const vus = /(\d[\d\u202f ]*) personnes? reçues? à la permanence/.exec(text);
  const n = (m: RegExpExecArray | null) => Number((m?.[1] ?? "0").replace(/\D/g, ""));
  return { passages: n(passages), vus: n(vus) };
}

test("the desk records a passage and queues a person; a TS takes them, creates the dossier and saves the entretien; the dashboard counts both", async ({ browser }) => {
  const run = Date.now().toString(36).replace(/\d/g, "");
  const responsableContext = await browser.newContext();
  const responsable = await responsableContext.newPage();
  await signInAndWait(responsable, "responsable@demo.passerelle.fr");
  const before = await accueilCounts(responsable);

  // ── The reception agent: a passage, then a person in the queue ──
  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  await signInAndWait(desk, "accueil@demo.passerelle.fr");
  await gotoReady(desk, "/passages");
  await expect(desk.getByRole("heading", { name: "Registre des passages" })).toBeVisible();
  const passant = `Yanis ${run}`;
  await desk.getByLabel("Prénom ou initiales").fill(passant);
  await desk.getByLabel("Tranche d'âge (facultatif)").selectOption({ label: "26 à 59 ans" });
  await desk.getByRole("checkbox", { name: "Accès aux droits" }).check();
  await desk.getByLabel("Réponse apportée").selectOption({ label: "Information donnée" });
  await desk.getByRole("button", { name: "Enregistrer le passage" }).click();
  await expect(desk.getByText("Passage enregistré.")).toBeVisible();
  await expect(desk.getByRole("region", { name: "Passages du jour" }).getByText(passant)).toBeVisible();

  await desk.getByRole("main").getByRole("link", { name: "File d'attente" }).click();
  await expect(desk.getByRole("heading", { name: "File d'attente" })).toBeVisible();
  await desk.getByLabel("Prénom ou initiales").fill("Samia");
  await desk.getByLabel("Motif").selectOption({ label: "Logement" });
  await desk.getByRole("button", { name: "Inscrire dans la file" }).click();
  const inscrite = desk.getByText(/Personne inscrite : ticket n° (\d+)\./);
  await expect(inscrite).toBeVisible();
  const ticket = /n° (\d+)/.exec((await inscrite.textContent()) ?? "")![1]!;
  // The agent sees the queue but may not take anyone: that opens a dossier.
  await expect(desk.getByRole("button", { name: /Prendre en charge/ })).toHaveCount(0);

  // ── The TS on duty takes the person ──
  const tsContext = await browser.newContext();
  const ts = await tsContext.newPage();
  await signInAndWait(ts, "ts@demo.passerelle.fr");
  await gotoReady(ts, `/file-attente?site=${siteId}`);
  await ts.getByRole("button", { name: `Prendre en charge le ticket n° ${ticket}`, exact: true }).click();
  await expect(ts).toHaveURL(/\/usagers\/nouveau\?file=/);
  await expect(ts.getByText(`Personne prise en charge depuis la file d'attente (ticket n° ${ticket})`)).toBeVisible();
  await expect(ts.getByLabel("Prénom", { exact: true })).toHaveValue("Samia");
  const nom = `Accueil${run}`;
  await ts.getByLabel("Nom", { exact: true }).fill(nom);
  await ts.getByLabel("Date de naissance", { exact: true }).fill("1990-06-21");
  await ts.getByRole("button", { name: "Créer le dossier" }).click();

  // The entretien of the permanence, prefilled from the queue.
  await expect(ts).toHaveURL(/\/usagers\/[0-9a-f-]+\/entretiens\/nouveau\?file=/);
  await expect(ts.getByLabel("Mode d'entretien")).toHaveValue("PERMANENCE");
  await expect(ts.getByLabel("Précision sur l'objet")).toHaveValue("Permanence sans rendez-vous : logement");
  await expect(ts.getByRole("group", { name: /Objet de l'entretien/ }).getByRole("checkbox", { name: "Logement" })).toBeChecked();
  await ts.getByLabel("Compte rendu").fill("Vue à la permanence : demande de logement social à déposer.");
  await ts.getByRole("button", { name: "Enregistrer l'entretien" }).click();
  await expect(ts).toHaveURL(/\/usagers\/[0-9a-f-]+#entretien-[0-9a-f-]+$/);
  const [entretien] = await query<{ canal: string; resume: string }>(
    `SELECT e.canal, e.resume FROM "Entretien" e JOIN "Usager" u ON u.id = e."usagerId" WHERE lower(u.nom) = lower($1)`, [nom]);
  expect(entretien).toEqual({ canal: "PERMANENCE", resume: "Vue à la permanence : demande de logement social à déposer." });

  // Back at the desk, the person has left the queue: taken by the TS.
  await gotoReady(desk, "/file-attente");
  const sortie = desk.getByRole("region", { name: /Sorties de la file/ }).getByRole("row").filter({ has: desk.getByRole("cell", { name: ticket, exact: true }) });
  await expect(sortie).toContainText("Samia");
  await expect(sortie).toContainText("Élodie");

  // ── The dashboard counts the passage and the person seen ──
  const after = await accueilCounts(responsable);
  expect(after.passages).toBeGreaterThanOrEqual(before.passages + 1);
  expect(after.vus).toBeGreaterThanOrEqual(before.vus + 1);
  await Promise.all([responsableContext.close(), deskContext.close(), tsContext.close()]);
});

test("the desk's pages pass axe and do not scroll sideways at 820 px; screenshots at 1366 and 820 px", async ({ browser }) => {
  const context = await browser.newContext({ bypassCSP: true, locale: "fr-FR", timezoneId: "Europe/Paris", viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await signInAndWait(page, "accueil@demo.passerelle.fr");
  for (const [url, name] of [["/passages", "passages"], ["/file-attente", "file-attente"], ["/file-attente/ecran", "ecran"]] as const) {
    for (const width of [1366, 820]) {
      await page.setViewportSize({ width, height: width === 820 ? 1180 : 900 });
      await gotoReady(page, url);
      expect(await axeViolations(page), `${url} at ${width} px`).toEqual([]);
      expect(await scrollWidth(page), `${url} at ${width} px`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `/tmp/accueil-${name}-${width}.png`, fullPage: true });
    }
  }
  await context.close();
});
