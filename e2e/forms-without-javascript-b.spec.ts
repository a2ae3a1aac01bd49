// Forms with scripts turned off (issue 17): the browser posts them itself. A reception worker
// records a piece of mail in the register: the French field errors come back with what was chosen
// and typed, then the mail is saved. A TS adds a pièce jointe by the upload form's own post: the
// page comes back with the type kept, then with the saved file.
import { expect, test, type Browser } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { parisDay } from "./helpers/paris";
import { tinyPdf } from "../tests/fixtures/documents";

/** Signed in with scripts on (the sign-in itself is another form), then the same cookies in a context without JavaScript. */
async function withoutJavaScript(browser: Browser, email: string) {
  const signedIn = await browser.newContext();
  await signInAndWait(await signedIn.newPage(), email);
  const cookies = await signedIn.cookies();
  await signedIn.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(cookies);
  return { context, page: await context.newPage() };
}

test("mail register without JavaScript: errors on the fields with the choices kept, then the mail is saved", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, "ts@demo.passerelle.fr");
  await page.goto("/courrier");
  const form = page.getByRole("region", { name: "Enregistrer un courrier reçu" });
  const person = form.getByLabel("Personne domiciliée");
  // Anyone but the person of the domiciliation journey (domiciliation.spec.ts), which runs alongside.
  const choice = await person.locator("option").evaluateAll((options) =>
    options.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? "" })).find((o) => o.value && !/LEFÈVRE François/.test(o.label)));
  expect(choice, "une personne domiciliée dans la démo").toBeTruthy();
  const before = await query<{ n: string }>(`SELECT count(*) AS n FROM "CourrierDomiciliation" WHERE "domiciliationId" = $1`, [choice!.value]);
  const tomorrow = parisDay(new Date(Date.now() + 86_400_000));

  // No sender type, a date in the future: refused in French, on the fields, nothing lost.
  await person.selectOption(choice!.value);
  await form.getByLabel("Reçu le").fill(tomorrow);
  await form.getByLabel("Lettre recommandée").check();
  await form.getByRole("button", { name: "Enregistrer le courrier" }).click();
  await expect(form.getByRole("alert")).toContainText("Le formulaire contient des erreurs");
  await expect(form.getByLabel("Type d'expéditeur")).toHaveAccessibleDescription(/Choisissez le type d'expéditeur/);
  await expect(form.getByLabel("Reçu le")).toHaveAccessibleDescription(/ne peut pas être dans le futur/);
  await expect(person).toHaveValue(choice!.value);
  await expect(form.getByLabel("Reçu le")).toHaveValue(tomorrow);
  await expect(form.getByLabel("Lettre recommandée")).toBeChecked();
  // Posted, not sent in the address.
  expect(new URL(page.url()).search).toBe("");
  const unchanged = await query<{ n: string }>(`SELECT count(*) AS n FROM "CourrierDomiciliation" WHERE "domiciliationId" = $1`, [choice!.value]);
  expect(unchanged[0]!.n).toBe(before[0]!.n);

  // Corrected: saved, with the French confirmation.
  await form.getByLabel("Type d'expéditeur").selectOption("ORGANISME_SOCIAL");
  await form.getByLabel("Reçu le").fill(parisDay(new Date()));
  await form.getByRole("button", { name: "Enregistrer le courrier" }).click();
  await expect(form.getByRole("status")).toHaveText(`Courrier enregistré pour ${choice!.label}.`);
  const after = await query<{ n: string; recommande: boolean }>(
    `SELECT count(*) AS n, bool_and(recommande) FILTER (WHERE "createdAt" > now() - interval '1 minute') AS recommande FROM "CourrierDomiciliation" WHERE "domiciliationId" = $1`,
    [choice!.value],
  );
  expect(Number(after[0]!.n)).toBe(Number(before[0]!.n) + 1);
  expect(after[0]!.recommande).toBe(true);
  await context.close();
});

test("a pièce jointe without JavaScript: the upload form posts itself and comes back with the outcome", async ({ browser }) => {
  const [row] = await query<{ id: string }>(
    `SELECT u.id FROM "Usager" u JOIN "Structure" s ON s.id = u."structureId" WHERE s.name = 'CCAS de Démo' AND u.nom = 'Dupont' AND u.prenom = 'Amélie'`,
  );
  const name = `Attestation sans script ${Date.now() % 1_000_000}.pdf`;
  const { context, page } = await withoutJavaScript(browser, "ts@demo.passerelle.fr");
  await page.goto(`/usagers/${row!.id}`);
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Pièces jointes du dossier" }) });

  // No type chosen: the page comes back with the question on the field, the flag still ticked.
  await card.getByLabel(/Confidentiel/).check();
  await card.getByLabel("Fichiers").setInputFiles([{ name, mimeType: "application/pdf", buffer: tinyPdf() }]);
  await card.getByRole("button", { name: "Envoyer" }).click();
  await expect(page).toHaveURL(new RegExp(`/usagers/${row!.id}\\?`));
  await expect(card.getByLabel("Type de document")).toHaveAccessibleDescription(/Choisissez le type de document\./);
  await expect(card.getByLabel(/Confidentiel/)).toBeChecked();
  expect(page.url()).not.toContain("Attestation");

  await card.getByLabel("Type de document").selectOption({ label: "Justificatif de domicile" });
  await card.getByLabel("Fichiers").setInputFiles([{ name, mimeType: "application/pdf", buffer: tinyPdf() }]);
  await card.getByRole("button", { name: "Envoyer" }).click();
  await expect(card.getByRole("status").filter({ hasText: "1 pièce jointe enregistrée." })).toBeVisible();
  const listed = card.getByRole("row").filter({ hasText: name });
  await expect(listed).toBeVisible();
  await expect(listed.getByText("Confidentiel", { exact: true })).toBeVisible();
  await expect(card.getByLabel("Type de document")).toHaveValue("JUSTIFICATIF_DOMICILE");
  const [doc] = await query<{ type: string; confidential: boolean }>(`SELECT type, confidential FROM "Document" WHERE name = $1`, [name]);
  expect(doc).toEqual({ type: "JUSTIFICATIF_DOMICILE", confidential: true });
  await context.close();
});
