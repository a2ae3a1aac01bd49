// The registre des passages on a real database: a passage of a dossier or of an anonymous person,
// the desk's site rules (an agent at their own site only, a forged site or dossier of another
// structure refused on its field), the identity-only lookup of the agent, the day's register.
import { beforeEach, describe, expect, it } from "vitest";
import { recordPassage } from "@/lib/domain/accueil/passage-commands";
import { getDossierIdentity, searchDossierIdentities } from "@/lib/domain/accueil/dossier-lookup";
import { listDeskSites, listPassagesOfDay } from "@/lib/domain/accueil/passage-queries";
import { ZPassage } from "@/lib/domain/accueil/schemas";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { dateToParisLocal, parisToday } from "@/lib/domain/shared/paris-time";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { makePartenaire } from "../helpers/orientation-world";

beforeEach(resetDb);

const form = (siteId: string, patch: Record<string, unknown> = {}) =>
  ({ siteId, usagerId: "", prenom: "K. B.", sexe: "", trancheAge: "", motifs: ["INFORMATION"], reponse: "INFORMATION", partenaireId: "", survenuLe: dateToParisLocal(new Date()), ...patch });
const parse = (input: Record<string, unknown>) => ZPassage.parse(input);

async function refusal(fn: () => Promise<unknown>) {
  try { await fn(); } catch (e) { if (e instanceof DomainError) return e; throw e; }
  throw new Error("expected a DomainError");
}

async function world() {
  const w = await makeWorld();
  const mairie = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  const mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;
  const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François", dateNaissance: "1975-04-02" });
  const foreign = await makeUsager(w.b, { nom: "Lefèvre", prenom: "Paul" });
  return { w, mairie, mds, usager, foreign };
}

describe("recording a passage", () => {
  it("records an anonymous passage and a dossier's, and lists them in the day's register", async () => {
    const { w, mairie, usager } = await world();
    const agent = w.actors.AGENT;
    await recordPassage(agent, parse(form(mairie.id, { sexe: "FEMME", trancheAge: "DE_26_A_59", motifs: ["LOGEMENT", "AIDE_FINANCIERE"] })));
    await recordPassage(agent, parse(form(mairie.id, { usagerId: usager.id, prenom: "ignored", sexe: "HOMME", motifs: ["DOMICILIATION_COURRIER"], reponse: "COURRIER_REMIS" })));
    const rows = await db.passage.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ usagerId: null, prenom: "K. B.", sexe: "FEMME", trancheAge: "DE_26_A_59", motifs: ["LOGEMENT", "AIDE_FINANCIERE"], siteId: mairie.id });
    // A dossier is named by the dossier: no first name or sex kept beside it.
    expect(rows[1]).toMatchObject({ usagerId: usager.id, prenom: null, sexe: null, reponse: "COURRIER_REMIS" });
    expect(await db.auditLog.count({ where: { action: "passage.record" } })).toBe(2);
    const register = await listPassagesOfDay(agent, { siteId: mairie.id, day: parisToday() });
    expect(register.map((r) => r.personne)).toEqual(expect.arrayContaining(["K. B.", expect.stringMatching(/^LEFÈVRE François · n° .* · né·e en 1975$/)]));
  });

  it("asks for someone, a motif, an answer, and the partner of an orientation", () => {
    const r = ZPassage.safeParse(form("00000000-0000-4000-8000-000000000000", { prenom: "  ", motifs: [], reponse: "", survenuLe: "2099-01-01T10:00" }));
    expect(r.success).toBe(false);
    const paths = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(paths.motifs).toMatch(/au moins un motif/);
    expect(paths.reponse).toMatch(/réponse apportée/);
    expect(paths.survenuLe).toMatch(/futur/);
    const o = ZPassage.safeParse(form("00000000-0000-4000-8000-000000000000", { reponse: "ORIENTATION_PARTENAIRE" }));
    expect(o.error!.issues[0]).toMatchObject({ path: ["partenaireId"] });
    const nobody = ZPassage.safeParse(form("00000000-0000-4000-8000-000000000000", { prenom: "" }));
    expect(nobody.error!.issues[0]).toMatchObject({ path: ["prenom"] });
    expect(ZPassage.safeParse(form("00000000-0000-4000-8000-000000000000", { prenom: "x".repeat(1_000_000) })).success).toBe(false);
  });

  it("keeps HTML as typed text", async () => {
    const { w, mds } = await world();
    await recordPassage(w.actors.TRAVAILLEUR_SOCIAL, parse(form(mds.id, { prenom: "<script>alert(1)</script>" })));
    expect((await db.passage.findFirstOrThrow()).prenom).toBe("<script>alert(1)</script>");
  });

  it("an agent records at their own site only; a TS at any site of the structure", async () => {
    const { w, mairie, mds } = await world();
    const e = await refusal(() => recordPassage(w.actors.AGENT, parse(form(mds.id))));
    expect(e.fieldErrors.siteId).toMatch(/votre site/);
    await recordPassage(w.actors.TRAVAILLEUR_SOCIAL, parse(form(mds.id)));
    await recordPassage(w.actors.TRAVAILLEUR_SOCIAL, parse(form(mairie.id)));
    expect((await listDeskSites(w.actors.AGENT)).map((s) => s.id)).toEqual([mairie.id]);
    expect(await listDeskSites(w.actors.TRAVAILLEUR_SOCIAL)).toHaveLength(2);
    expect(await listDeskSites(w.actors.ADMIN)).toEqual([]);
  });

  it("refuses forged ids of another structure on their field, and the ADMIN altogether; nothing written", async () => {
    const { w, mairie, foreign } = await world();
    const foreignPartenaire = await makePartenaire(w.b, { nom: "PMI du Voisin" });
    expect((await refusal(() => recordPassage(w.actors.AGENT, parse(form(w.b.sites[0]!.id))))).fieldErrors.siteId).toMatch(/votre structure/);
    expect((await refusal(() => recordPassage(w.actors.AGENT, parse(form(mairie.id, { usagerId: foreign.id }))))).fieldErrors.usagerId).toMatch(/introuvable/);
    expect((await refusal(() => recordPassage(w.actors.AGENT, parse(form(mairie.id, { reponse: "ORIENTATION_PARTENAIRE", partenaireId: foreignPartenaire.id })))))
      .fieldErrors.partenaireId).toMatch(/annuaire/);
    await expect(recordPassage(w.actors.ADMIN, parse(form(mairie.id)))).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordPassage(w.actors.OTHER_TS, parse(form(mairie.id)))).rejects.toBeInstanceOf(DomainError);
    expect(await db.passage.count()).toBe(0);
  });

  it("an orientation names the partner of the structure's annuaire", async () => {
    const { w, mairie } = await world();
    const pmi = await makePartenaire(w.a);
    await recordPassage(w.actors.AGENT, parse(form(mairie.id, { reponse: "ORIENTATION_PARTENAIRE", partenaireId: pmi.id })));
    expect((await listPassagesOfDay(w.actors.AGENT, { siteId: mairie.id, day: parisToday() }))[0]!.partenaire).toBe(pmi.nom);
  });
});

describe("the agent's dossier lookup", () => {
  it("finds the structure's dossiers by name, for identity only; nothing for the ADMIN or another structure", async () => {
    const { w, usager, foreign } = await world();
    const found = await searchDossierIdentities(w.actors.AGENT, "lefevre");
    expect(found).toEqual([{ id: usager.id, label: expect.stringContaining("LEFÈVRE François") }]);
    expect(Object.keys(found[0]!)).toEqual(["id", "label"]);
    expect(await searchDossierIdentities(w.actors.ADMIN, "lefevre")).toEqual([]);
    expect(await getDossierIdentity(w.actors.AGENT, foreign.id)).toBeNull();
    expect(await getDossierIdentity(w.actors.AGENT, "pas-un-uuid")).toBeNull();
    expect((await searchDossierIdentities(w.actors.OTHER_TS, "lefevre")).map((r) => r.id)).toEqual([foreign.id]);
  });
});
