// The permission matrix over real HTTP (issue #8): every page and route handler found in app/ ×
// every role (tests/permission-matrix/expectations.ts), against the production build `npm test`
// starts. Each answer has the expected status, and no response carries data the role may not
// see: marker strings are seeded (a dossier's name, an entretien summary, a confidential note,
// a dossier of another structure) and searched in every body. Server actions: Vitest
// (tests/integration/permission-matrix.test.ts). Also: malformed requests to route handlers.
import { expect, test, type APIRequestContext, type APIResponse, type PlaywrightWorkerArgs } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers/auth";
import { createDemoUser, query } from "./helpers/db";
import { withSecondFactor } from "./helpers/totp";
import { compareWithTable, discoverEntries } from "../tests/permission-matrix/discover";
import {
  LISTED_KEYS, MATRIX_ROLES, PAGES, ROUTES, type HttpEntry, type HttpOutcome, type Marker, type MatrixRole, type RecordKind,
} from "../tests/permission-matrix/expectations";

type SignedInRole = Exclude<MatrixRole, "SIGNED_OUT">;
const ACCOUNTS: Record<SignedInRole, string> = {
  AGENT: "agent@demo.passerelle.fr",
  TRAVAILLEUR_SOCIAL: "ts@demo.passerelle.fr",
  RESPONSABLE: "responsable@demo.passerelle.fr",
  ADMIN: "admin@demo.passerelle.fr",
  OTHER_TS: "ts@autre.passerelle.fr",
};
/** Landing page per role (lib/auth/navigation.ts homePathFor). */
const HOME: Record<SignedInRole, string> = {
  AGENT: "/accueil", TRAVAILLEUR_SOCIAL: "/accueil", RESPONSABLE: "/accueil", ADMIN: "/admin/utilisateurs", OTHER_TS: "/accueil",
};

const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
/** Letters only, so that no HTML escaping can hide one. */
const MARKERS: Record<Marker, string> = {
  name: `Zmarqueurdossier${RUN}`,
  social: `Resumesocialmarqueur${RUN}`,
  note: `Noteconfidentiellemarqueur${RUN}`,
  other: `Zmarqueurvoisin${RUN}`,
};
/** What each role must never read. The confidential note is its author's (the demo TS) alone. */
const FORBIDDEN: Record<MatrixRole, Marker[]> = {
  AGENT: ["name", "social", "note", "other"],
  TRAVAILLEUR_SOCIAL: ["other"],
  RESPONSABLE: ["note", "other"],
  ADMIN: ["name", "social", "note", "other"],
  OTHER_TS: ["name", "social", "note"],
  SIGNED_OUT: ["name", "social", "note", "other"],
};

const contexts = new Map<MatrixRole, APIRequestContext>();
let params: Partial<Record<RecordKind, Record<string, string>>>;

async function one<T extends Record<string, string>>(sql: string, values: unknown[] = []): Promise<T> {
  const rows = await query<T>(sql, values);
  if (!rows[0]) throw new Error(`aucune ligne pour : ${sql}`);
  return rows[0];
}

/** A dossier in the demo structure and one in the other, with an entretien holding the markers. */
async function seedMarkers() {
  const demo = await one<{ id: string }>(`SELECT id FROM "Structure" WHERE name = 'CCAS de Démo'`);
  const voisin = await one<{ id: string }>(`SELECT id FROM "Structure" WHERE name = 'CCAS Voisin'`);
  const insertUsager = (structureId: string, nom: string) =>
    one<{ id: string }>(
      `INSERT INTO "Usager" (id, "structureId", "numeroDossier", nom, prenom, "dateNaissance", "searchName", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 'Camille', '1980-01-01', lower($3) || ' camille', now()) RETURNING id`,
      [structureId, `E2E-MATRICE-${nom}`, nom],
    );
  const marked = await insertUsager(demo.id, MARKERS.name);
  await insertUsager(voisin.id, MARKERS.other);
  await query(
    `INSERT INTO "Entretien" (id, "structureId", "usagerId", "authorId", date, "dureeMinutes", canal, objets, resume, "noteConfidentielle")
     SELECT gen_random_uuid(), $1, $2, u.id, now() - interval '1 day', 30, 'BUREAU', ARRAY['BUDGET']::"DomaineSocial"[], $3, $4
     FROM "User" u WHERE u.email = 'ts@demo.passerelle.fr'`,
    [demo.id, marked.id, `Entretien : ${MARKERS.social}`, `Note : ${MARKERS.note}`],
  );
  // The demo seed has no diagnostic: one on the marked dossier.
  await query(
    `INSERT INTO "Diagnostic" (id, "structureId", "usagerId", "authorId", numero, date, "droitsNonOuverts", conclusion, propositions)
     SELECT gen_random_uuid(), $1, $2, u.id, 1, current_date, '{}', 'Diagnostic de la matrice', '{}' FROM "User" u WHERE u.email = 'ts@demo.passerelle.fr'`,
    [demo.id, marked.id],
  );
  // A dossier flagged by the retention review (the anonymisation preview needs one). Really
  // inactive for three years: a review refreshed meanwhile (retention.spec.ts runs in parallel)
  // removes the flag of a dossier with recent activity, and the page would then answer 404.
  const flagged = await insertUsager(demo.id, `Zretention${RUN}`);
  await query(`UPDATE "Usager" SET "createdAt" = now() - interval '3 years', "lastContactAt" = now() - interval '3 years' WHERE id = $1`, [flagged.id]);
  await query(`INSERT INTO "RetentionFlag" ("usagerId", "structureId", "dernierContactLe") VALUES ($1, $2, now() - interval '3 years')`, [flagged.id, demo.id]).catch(() => []);
  // A missing record fails only the entries that need it (urlOf), not the whole file.
  const sub = async (table: string) =>
    (await query<{ id: string; usagerId: string }>(`SELECT id, "usagerId" FROM "${table}" WHERE "structureId" = $1 ORDER BY id LIMIT 1`, [demo.id]).catch(() => []))[0];
  const [acc, aide, diag, orientation] = [await sub("Accompagnement"), await sub("Aide"), await sub("Diagnostic"), await sub("Orientation")];
  const first = async (sql: string, values: unknown[] = []) => (await query<{ id: string }>(sql, values).catch(() => []))[0];
  const fiche = await first(`SELECT f.id FROM "FicheLiaison" f JOIN "User" a ON a.email = 'agent@demo.passerelle.fr' WHERE f."siteId" = a."siteId" ORDER BY f.id LIMIT 1`);
  const partenaire = await first(`SELECT id FROM "Partenaire" WHERE "structureId" = $1 ORDER BY id LIMIT 1`, [demo.id]);
  const user = await first(`SELECT id FROM "User" WHERE email = 'ts2@demo.passerelle.fr'`);
  // Records of features that may have no demo data yet: a missing one fails only its own entries.
  const optional = async (table: string) =>
    (await query<{ id: string }>(`SELECT id FROM "${table}" WHERE "structureId" = $1 ORDER BY id LIMIT 1`, [demo.id]).catch(() => []))[0];
  const [atelier, rdv, document, signalement] = [await optional("Atelier"), await optional("RendezVous"), await optional("Document"), await optional("Signalement")];
  // A decided domiciliation: a request still waiting for its decision has no letter to download.
  const domiciliation = await first(`SELECT id FROM "Domiciliation" WHERE "structureId" = $1 AND status <> 'DEMANDEE' ORDER BY id LIMIT 1`, [demo.id]);
  // The demo template of the structure (written for the dossier), its newest version; previewed on the marked dossier.
  const modele = (await query<{ id: string; versionId: string }>(
    `SELECT m.id, v.id AS "versionId" FROM "CourrierModele" m JOIN "CourrierModeleVersion" v ON v."modeleId" = m.id
     WHERE m."structureId" = $1 AND m.source = 'DOSSIER' AND m."archivedAt" IS NULL ORDER BY m."createdAt", v.numero DESC LIMIT 1`, [demo.id],
  ).catch(() => []))[0];
  // An import of the structure at its preview (the import pages and its report).
  const importJob = await first(
    `INSERT INTO "ImportJob" (id, "structureId", "createdById", kind, "fileName", "sheetName", format, headers, mapping, "groupChoices", status, "totalRows")
     SELECT gen_random_uuid(), $1, u.id, 'usagers', 'matrice.csv', 'CSV', 'csv', ARRAY['Nom','Prénom','Date de naissance'], ARRAY['nom','prenom','dateNaissance'], '{}', 'PREVIEW', 0
     FROM "User" u WHERE u.email = 'responsable@demo.passerelle.fr' RETURNING id`, [demo.id]);
  params = {
    markedUsager: { id: marked.id },
    ...(importJob ? { importJob: { id: importJob.id } } : {}),
    flaggedUsager: { id: flagged.id },
    ...(user ? { user: { id: user.id } } : {}),
    ...(partenaire ? { partenaire: { id: partenaire.id } } : {}),
    ...(fiche ? { agentFiche: { id: fiche.id } } : {}),
    ...(acc ? { accompagnement: { id: acc.usagerId, accId: acc.id } } : {}),
    ...(aide ? { aide: { id: aide.usagerId, aideId: aide.id } } : {}),
    ...(diag ? { diagnostic: { id: diag.usagerId, diagId: diag.id } } : {}),
    ...(orientation ? { orientation: { id: orientation.usagerId, orientationId: orientation.id }, orientationCourrier: { id: orientation.id } } : {}),
    ...(atelier ? { atelier: { id: atelier.id } } : {}),
    ...(rdv ? { rendezVous: { id: rdv.id } } : {}),
    ...(document ? { document: { id: document.id } } : {}),
    ...(signalement ? { signalement: { id: signalement.id } } : {}),
    ...(domiciliation ? { domiciliation: { id: domiciliation.id } } : {}),
    ...(modele ? { courrierModele: { id: modele.id }, courrierModeleVersion: { id: modele.versionId }, courrierApercu: { id: modele.id, element: marked.id } } : {}),
  };
}

async function signedIn(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, email: string) {
  const ctx = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  // An ADMIN has a second factor (e2e/helpers/totp.ts computes the current code).
  await withSecondFactor(email, (code) =>
    ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: DEMO_PASSWORD, json: "true", ...(code ? { code } : {}) }, maxRedirects: 0 }),
  );
  const state = await ctx.storageState();
  if (!state.cookies.some((c) => c.name.endsWith("next-auth.session-token"))) throw new Error(`connexion impossible pour ${email}`);
  return ctx;
}

/** A small PDF on the marked dossier, sent through the upload route as the app does (the demo data has no file). */
async function uploadDocument(ctx: APIRequestContext, baseURL: string) {
  if (params.document) return;
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  const r = await ctx.post(`/api/documents?usagerId=${params.markedUsager!.id}&type=JUSTIFICATIF_RESSOURCES&confidential=false`, {
    headers: { origin: new URL(baseURL).origin, "x-file-name": "attestation-caf.pdf", "content-type": "application/pdf" },
    data: pdf,
    failOnStatusCode: false,
  });
  const id = ((await r.json().catch(() => null)) as { document?: { id?: string } } | null)?.document?.id;
  if (id) params.document = { id };
}

function urlOf(key: string, entry: HttpEntry): string {
  if (entry.path) return entry.path;
  const pattern = key.replace(/^\S+ /, "") + (entry.query ?? "");
  const values = (entry.record ? params[entry.record] : {}) ?? {};
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const v = values[name];
    if (!v) throw new Error(`${key} : pas de valeur pour [${name}] (aucun enregistrement « ${entry.record} » dans les données de démonstration)`);
    return v;
  });
}

function problemsOf(role: MatrixRole, expected: HttpOutcome, r: APIResponse, body: string, entry: HttpEntry): string[] {
  const problems: string[] = [];
  const status = r.status();
  const location = r.headers()["location"] ?? "";
  const target = location ? new URL(location, "http://x").pathname : "";
  const ok =
    expected === "ok" ? status === 200
    : expected === "404" ? status === 404
    : expected === "login" ? status >= 300 && status < 400 && target === "/connexion"
    : expected === "home" ? status >= 300 && status < 400 && role !== "SIGNED_OUT" && target === HOME[role]
    : status === expected;
  if (!ok) problems.push(`${role}: attendu ${expected}, obtenu ${status}${location ? ` → ${location}` : ""}`);
  if (status >= 500) problems.push(`${role}: erreur serveur ${status}`);
  if (entry.body !== "binary") {
    const allowed = entry.reveals?.[role] ?? [];
    for (const m of FORBIDDEN[role].filter((x) => !allowed.includes(x))) {
      if (body.includes(MARKERS[m])) problems.push(`${role}: la réponse contient le marqueur « ${m} »`);
    }
  }
  return problems;
}

test.describe("permission matrix over HTTP", () => {
  // Not serial: one failing entry must not hide the others.
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async ({ playwright, baseURL }) => {
    await seedMarkers();
    contexts.set("SIGNED_OUT", await playwright.request.newContext({ baseURL }));
    // A RESPONSABLE of its own: its downloads (exports, reports) count against a per-user limit
    // that other specs' responsable@ also uses.
    const accounts = { ...ACCOUNTS, RESPONSABLE: await createDemoUser("RESPONSABLE", DEMO_PASSWORD) };
    for (const [role, email] of Object.entries(accounts) as [SignedInRole, string][]) contexts.set(role, await signedIn(playwright, baseURL!, email));
    await uploadDocument(contexts.get("TRAVAILLEUR_SOCIAL")!, baseURL!);
  });
  test.afterAll(async () => {
    for (const ctx of contexts.values()) await ctx.dispose();
  });

  test("every page and route handler found in app/ is listed in tests/permission-matrix/expectations.ts", () => {
    const found = discoverEntries().filter((e) => e.kind !== "action");
    const listed = LISTED_KEYS.filter((k) => k in PAGES || k in ROUTES);
    const { unlisted, stale } = compareWithTable(found, listed);
    expect(unlisted, "Entrées absentes de la matrice").toEqual([]);
    expect(stale, "Entrées de la matrice qui n'existent plus").toEqual([]);
  });

  for (const [key, entry] of Object.entries({ ...PAGES, ...ROUTES })) {
    test(key, async ({ baseURL }) => {
      const method = key.startsWith("POST ") ? "post" : "get";
      const problems: string[] = [];
      for (const role of MATRIX_ROLES) {
        const ctx = contexts.get(role)!;
        // A same-origin request, as the app's own pages send it (a cross-site one is refused earlier).
        const headers = method === "post" ? { origin: new URL(baseURL!).origin } : undefined;
        const r = await ctx[method](urlOf(key, entry), { maxRedirects: 0, failOnStatusCode: false, headers });
        const body = entry.body === "binary" ? "" : await r.text();
        problems.push(...problemsOf(role, entry.expect[role], r, body, entry));
      }
      expect(problems).toEqual([]);
    });
  }

  test("the markers are visible where they are allowed (the checks above can see them)", async () => {
    const dossier = `/usagers/${params.markedUsager!.id}`;
    const ts = await (await contexts.get("TRAVAILLEUR_SOCIAL")!.get(dossier)).text();
    for (const m of ["name", "social", "note"] as const) expect(ts, `TS, ${m}`).toContain(MARKERS[m]);
    const resp = await (await contexts.get("RESPONSABLE")!.get(dossier)).text();
    expect(resp).toContain(MARKERS.name);
    expect(resp).toContain(MARKERS.social);
    expect(resp).not.toContain(MARKERS.note);
    // The list echoes the query in its search field: search a prefix, look for the full name.
    const other = await (await contexts.get("OTHER_TS")!.get("/usagers?q=Zmarqueurvoisin")).text();
    expect(other).toContain(MARKERS.other);
    const foreign = await contexts.get("OTHER_TS")!.get("/usagers?q=Zmarqueurdossier");
    expect(await foreign.text()).not.toContain(MARKERS.name);
  });

  test("route handlers: malformed, injected and oversized requests get a 4xx, never a 500", async () => {
    const resp = contexts.get("RESPONSABLE")!;
    const ts = contexts.get("TRAVAILLEUR_SOCIAL")!;
    const id = params.markedUsager!.id;
    const requests: [APIRequestContext, "get" | "post" | "put" | "delete", string, number | null][] = [
      [resp, "get", "/api/usagers/pas-un-identifiant/export", 404],
      [resp, "get", "/api/usagers/6f1c2a0e-9a4b-4c8e-8d2f-0b7e5a1c3d99/export", 404],
      [resp, "get", `/api/usagers/${encodeURIComponent(`' OR 1=1; DROP TABLE "Usager"; --`)}/export`, 404],
      [resp, "get", `/api/usagers/${encodeURIComponent("../../../../etc/passwd")}/export`, 404],
      [resp, "get", `/api/usagers/${id}/export?format=${encodeURIComponent("../../etc/passwd")}`, 200],
      [resp, "get", `/api/usagers/${id}/export?__proto__[polluted]=1&constructor[prototype][polluted]=1`, 200],
      [resp, "get", `/api/usagers/${"x".repeat(20_000)}/export`, null],
      [resp, "post", `/api/usagers/${id}/export`, null],
      [resp, "delete", `/api/usagers/${id}/export`, null],
      [ts, "get", "/api/orientations/pas-un-identifiant/courrier", 404],
      [ts, "get", `/api/orientations/${encodeURIComponent("<script>alert(1)</script>")}/courrier`, 404],
      [ts, "get", `/api/orientations/${id}/courrier`, 404],
      [ts, "put", `/api/orientations/${params.orientationCourrier?.id ?? id}/courrier`, null],
      [ts, "post", "/api/health", null],
      // The template and logo uploads with a junk body and no origin: refused (CSRF) before anything is read.
      [resp, "post", "/api/courriers/modeles", null],
      [resp, "post", "/api/courriers/logo", null],
      [ts, "post", "/api/courriers/modeles", null],
      [resp, "get", "/api/courriers/versions/pas-un-identifiant", 404],
      [resp, "get", `/api/courriers/modeles/${params.courrierModele?.id ?? id}/apercu?element=${encodeURIComponent("../../etc/passwd")}&format=pdf`, 404],
    ];
    const problems: string[] = [];
    for (const [ctx, method, url, expected] of requests) {
      const r = await ctx[method](url, { maxRedirects: 0, failOnStatusCode: false, data: method === "get" ? undefined : { __proto__: { polluted: 1 }, x: "y".repeat(1024 * 1024) } });
      const label = `${method.toUpperCase()} ${url.slice(0, 120)}`;
      if (r.status() >= 500) problems.push(`${label}: ${r.status()}`);
      else if (expected !== null && r.status() !== expected) problems.push(`${label}: attendu ${expected}, obtenu ${r.status()}`);
      else if (expected === null && r.status() < 400) problems.push(`${label}: attendu un refus 4xx, obtenu ${r.status()}`);
    }
    expect(problems).toEqual([]);
  });
});
