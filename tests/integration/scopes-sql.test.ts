// Each scope's two forms on the real database: for every actor (each role of structure A, and
// structure B's), the Prisma where-input and its SQL twin select exactly the same rows, and no
// actor of A reads a row of B. The data holds one row of every kind per structure, plus the
// variants the finer rules tell apart (another author's note, another instructeur's request,
// another uploader's confidential file, another site's fiche and permanence, account events).
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { sqlAlias } from "@/lib/auth/scopes/structure";
import { db, resetDb } from "../helpers/db";
import { actorOf, makeUsager, makeUser, makeWorld, unique, type TestStructure } from "../helpers/factories";
import { SCOPES } from "../helpers/scope-registry";

type User = { id: string };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One row of every kind in `s`, written by `ts` and `ts2` (two workers), the agent at `agentSite`. */
async function fill(s: TestStructure, ts: User, ts2: User, agent: User | null) {
  const mds = s.sites.find((x) => x.kind === "MAISON_DES_SOLIDARITES")!;
  const mairie = s.sites.find((x) => x.kind === "MAIRIE_DE_QUARTIER")!;
  const usager = await makeUsager(s, { nom: unique("Nom"), prenom: "Alex" });
  const base = { structureId: s.id, usagerId: usager.id };
  await db.usagerReferent.create({ data: { usagerId: usager.id, userId: ts.id } });
  for (const author of [ts, ts2]) {
    await db.entretien.create({ data: { ...base, authorId: author.id, date: new Date(), dureeMinutes: 30, canal: "BUREAU", resume: "Point", noteConfidentielle: "Note" } });
    await db.aide.create({ data: { ...base, instructeurId: author.id, type: "ALIMENTAIRE", montantDemandeCents: 5000, demandeLe: day("2026-03-01") } });
  }
  await db.diagnostic.create({ data: { ...base, authorId: ts.id, numero: 1, date: day("2026-03-01"), conclusion: "Bilan" } });
  const acc = await db.accompagnement.create({ data: { ...base, type: "BUDGETAIRE", referentId: ts.id, debut: day("2026-03-01") } });
  const objectif = await db.planObjectif.create({ data: { accompagnementId: acc.id, libelle: "Objectif", ordre: 0 } });
  await db.planAction.create({ data: { objectifId: objectif.id, libelle: "Action", porteur: "La personne" } });
  await db.dette.create({ data: { accompagnementId: acc.id, creancier: "Bailleur", montantCents: 100_000, mensualiteCents: 5_000 } });
  await db.etapeExpulsion.create({ data: { accompagnementId: acc.id, stade: "ASSIGNATION", date: day("2026-02-01") } });
  await db.contactMaraude.create({ data: { accompagnementId: acc.id, date: day("2026-02-01"), lieu: "Gare" } });
  for (const site of [mds, mairie]) {
    await db.ficheLiaison.create({
      data: {
        structureId: s.id, reference: unique("F"), siteId: site.id, agentId: agent?.id ?? ts.id, nom: "Nom", prenom: "Alex",
        motifs: ["LOGEMENT"], urgence: "NORMALE", consentementTexte: "Oui",
      },
    });
    const perm = await db.permanence.create({ data: { structureId: s.id, siteId: site.id, travailleurId: ts.id, jour: 2, debut: "09:00", fin: "11:00", depuis: day("2026-01-01") } });
    await db.permanenceException.create({ data: { permanenceId: perm.id, date: day("2026-03-10") } });
    // The accueil: one passage and one queue entry at each site (the agent reads their own site's).
    await db.passage.create({ data: { structureId: s.id, siteId: site.id, prenom: "A. B.", motifs: ["INFORMATION"], reponse: "INFORMATION", survenuLe: new Date(), enregistreParId: ts.id } });
    await db.fileAttenteEntree.create({ data: { structureId: s.id, siteId: site.id, jour: day("2026-03-10"), ticket: 1, prenom: "Alex", motif: "LOGEMENT", ajouteParId: ts.id } });
  }
  const partenaire = await db.partenaire.create({ data: { structureId: s.id, nom: "PMI", categorie: "PMI", searchText: "pmi" } });
  await db.orientation.create({
    data: {
      ...base, partenaireId: partenaire.id, authorId: ts.id, motif: "Suivi", consentementLe: day("2026-03-01"), date: day("2026-03-01"),
      events: { create: { status: "ENVOYEE", actorId: ts.id } },
    },
  });
  await db.rendezVous.create({ data: { ...base, travailleurId: ts.id, kind: "BUREAU", debut: new Date(), fin: new Date(Date.now() + 1_800_000) } });
  const atelier = await db.atelier.create({ data: { structureId: s.id, titre: "Budget", theme: "BUDGET", debut: new Date(), dureeMinutes: 90, capacite: 10, animateurId: ts.id } });
  await db.atelierInscription.create({ data: { ...base, atelierId: atelier.id } });
  const domiciliation = await db.domiciliation.create({ data: { ...base, demandeLe: day("2026-03-01"), accuseReceptionLe: day("2026-03-01") } });
  await db.courrierDomiciliation.create({ data: { structureId: s.id, domiciliationId: domiciliation.id, recuLe: day("2026-03-02"), expediteurType: "ADMINISTRATION", enregistreParId: ts.id } });
  for (const [uploader, confidential] of [[ts, false], [ts, true], [ts2, true]] as const) {
    await db.document.create({
      data: {
        ...base, type: "AUTRE", name: "piece.pdf", mime: "application/pdf", size: 10, sha256: "0".repeat(64),
        storageKey: unique("cle"), uploadedById: uploader.id, confidential,
      },
    });
  }
  await db.retentionFlag.create({ data: { ...base, dernierContactLe: day("2024-01-01") } });
  await db.transmission.create({ data: { ...base, authorId: ts.id, texte: "Transmission", mentions: { create: { userId: ts2.id } } } });
  await db.notification.createMany({ data: [
    { structureId: s.id, userId: ts.id, kind: "MENTION", usagerId: usager.id, title: "Mention", href: "/usagers" },
    { structureId: s.id, userId: ts.id, kind: "TACHE_ASSIGNEE", title: "Tâche", href: "/a-faire" },
    { structureId: s.id, userId: ts2.id, kind: "TACHE_ASSIGNEE", title: "Tâche", href: "/a-faire" },
  ] });
  await db.notificationPreference.create({ data: { userId: ts.id, kind: "MENTION", email: true } });
  await db.absence.create({ data: { structureId: s.id, userId: ts.id, remplacantId: ts2.id, debut: day("2026-03-10"), fin: day("2026-03-12"), createdById: ts.id } });
  await db.agendaFeed.createMany({ data: [ts, ts2].map((u) => ({ structureId: s.id, userId: u.id, tokenHash: unique("hash"), label: "Téléphone" })) });
  await db.tache.create({ data: { ...base, titre: "Rappeler la CAF", echeance: day("2026-03-10"), assigneeId: ts2.id, createdById: ts.id } });
  await db.courrier.create({ data: { ...base, source: "DOSSIER", sourceId: usager.id, titre: "Attestation de suivi", createdById: ts.id } });
  await db.courrierModele.create({ data: { structureId: s.id, nom: "Relance", source: "DOSSIER", createdById: ts.id } });
  await db.structureSettings.create({ data: { structureId: s.id, chargesRetenues: [] } });
  await db.draft.create({ data: { ...base, userId: ts.id, form: "entretien", values: { resume: "en cours" } } });
  await db.draft.create({ data: { ...base, userId: ts2.id, form: "diagnostic", values: { resume: "autre" } } });
  const importJob = await db.importJob.create({ data: { structureId: s.id, createdById: ts.id, kind: "usagers", fileName: "a.csv", sheetName: "CSV", format: "csv", headers: ["Nom"], mapping: ["nom"], groupChoices: {}, totalRows: 1 } });
  await db.importRow.create({ data: { jobId: importJob.id, position: 0, line: 2, cells: ["A"], label: "A" } });
  await db.importMapping.create({ data: { structureId: s.id, kind: "usagers", columns: {}, updatedById: ts.id } });
  await db.signalement.create({
    data: { structureId: s.id, reference: unique("S"), reporterEmail: "a@b.fr", personne: "Marc", lieu: "Gare", commune: "Lille", situation: "Froid", events: { create: { status: "NOUVEAU" } } },
  });
  // Accounts a responsable approves (decision 0070): one waiting, one approved with its code unused.
  const waiting = await makeUser(s, "TRAVAILLEUR_SOCIAL");
  await db.user.update({ where: { id: waiting.id }, data: { status: "PENDING_APPROVAL", approvalRequestedAt: new Date() } });
  const approved = await makeUser(s, "RESPONSABLE");
  await db.user.update({ where: { id: approved.id }, data: { passwordExpiresAt: new Date(Date.now() + 86_400_000), mustChangePassword: true } });
  for (const action of ["auth.login", "user.create", "usager.read"]) {
    await db.auditLog.create({ data: { structureId: s.id, actorId: ts.id, action, entityType: "Usager", entityId: usager.id } });
  }
}

let actors: Record<string, Actor>;

beforeAll(async () => {
  await resetDb();
  const w = await makeWorld();
  const mdsAgent = await makeUser(w.a, "AGENT", { siteId: w.a.sites.find((x) => x.kind === "MAISON_DES_SOLIDARITES")!.id });
  await fill(w.a, w.users.ts, w.users.ts2, w.users.agent);
  await fill(w.b, w.users.otherTs, w.users.otherTs, null);
  await db.jobRun.create({ data: { jobName: "retention", scheduledFor: new Date() } });
  actors = { ...w.actors, MDS_AGENT: actorOf(mdsAgent) };
});

async function prismaKeys(model: string, key: string, where: unknown): Promise<string[]> {
  const delegate = (db as unknown as Record<string, { findMany(args: unknown): Promise<Record<string, unknown>[]> }>)[model]!;
  const rows = await delegate.findMany({ where, select: { [key]: true } });
  return rows.map((r) => String(r[key])).sort();
}

async function sqlKeys(table: string, key: string, condition: Prisma.Sql): Promise<string[]> {
  const rows = await db.$queryRaw<{ k: string }[]>`SELECT ${sqlAlias("x")}.${sqlAlias(key)}::text AS k FROM ${sqlAlias(table)} ${sqlAlias("x")} WHERE ${condition}`;
  return rows.map((r) => r.k).sort();
}

describe("scopes: the Prisma form and the SQL twin read the same rows", () => {
  for (const [name, scope] of Object.entries(SCOPES)) {
    it(name, async () => {
      const all = await prismaKeys(scope.model, scope.key, {});
      const seen = new Set<string>();
      for (const [who, actor] of Object.entries(actors)) {
        const viaPrisma = await prismaKeys(scope.model, scope.key, scope.prisma(actor));
        const viaSql = await sqlKeys(scope.table, scope.key, scope.sql(actor, "x"));
        expect(viaSql, `${name} for ${who}`).toEqual(viaPrisma);
        viaPrisma.forEach((k) => seen.add(k));
      }
      // Not vacuous: someone reads rows, and (but for the job history, which has no structure)
      // nobody reads them all, since each actor reads one structure at most.
      expect(seen.size).toBeGreaterThan(0);
      if (name !== "jobRun") {
        for (const actor of Object.values(actors)) expect((await prismaKeys(scope.model, scope.key, scope.prisma(actor))).length).toBeLessThan(all.length);
      }
    });
  }
});
