// Tasks: given to a colleague or oneself, about a dossier or not; statuses à faire / faite /
// annulée by the assignee, the giver or a RESPONSABLE; in the assignee's list (À faire, Ma
// journée); the team's overdue ones for the RESPONSABLE; in the export, removed by anonymisation.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { changeTacheStatusAction, createTacheAction } from "@/lib/actions/taches";
import { listAssignableColleagues, listDossierTaches, listMyOpenTaches, listTeamOverdueTaches } from "@/lib/domain/taches/queries";
import { collectPersonData } from "@/lib/domain/dossier/person-export";
import { anonymiseDossier } from "@/lib/domain/dossier/anonymise";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { teamWorld } from "../helpers/team-world";
import { makeUsager } from "../helpers/factories";

beforeEach(resetDb);

const inDays = (n: number) => new Date(Date.parse(`${parisToday()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const world = teamWorld;

describe("tasks", () => {
  it("the RESPONSABLE gives a task to a TS: it is in the TS's open tasks, not in another's; the TS marks it done", async () => {
    const { w, usager } = await world();
    actAs(w.actors.RESPONSABLE);
    const r = await createTacheAction({ titre: "Préparer la commission", echeance: inDays(3), assigneeId: w.users.ts.id, usagerId: usager.id });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const mine = await listMyOpenTaches(w.actors.TRAVAILLEUR_SOCIAL);
    expect(mine.map((t) => [t.titre, t.usager?.label, t.canChange])).toEqual([["Préparer la commission", expect.stringContaining("LEFÈVRE François"), true]]);
    expect(await listMyOpenTaches(w.actors.TS2)).toEqual([]);
    expect(await listDossierTaches(w.actors.TS2, usager.id)).toHaveLength(1);
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) expect(await listDossierTaches(w.actors[role], usager.id)).toEqual([]);
    const id = mine[0]!.id;
    // A colleague who neither holds nor gave it may not close it.
    actAs(w.actors.TS2);
    const other = await changeTacheStatusAction({ tacheId: id, status: "FAITE" });
    expect(other.ok ? null : other.formError).toMatch(/Seuls la personne chargée/);
    actAs(w.actors.OTHER_TS);
    expect((await changeTacheStatusAction({ tacheId: id, status: "FAITE" })).ok).toBe(false);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect((await changeTacheStatusAction({ tacheId: id, status: "FAITE" })).ok).toBe(true);
    const again = await changeTacheStatusAction({ tacheId: id, status: "FAITE" });
    expect(again.ok ? null : again.formError).toMatch(/déjà au statut « faite »/);
    expect(await listMyOpenTaches(w.actors.TRAVAILLEUR_SOCIAL)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: { in: ["tache.create", "tache.status"] } } })).toBe(2);
  });

  it("a TS gives a task to themself without a dossier, and cancels it", async () => {
    const { w } = await world();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const r = await createTacheAction({ titre: "Rappeler la CAF", echeance: inDays(0), assigneeId: w.users.ts.id });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const [t] = await listMyOpenTaches(w.actors.TRAVAILLEUR_SOCIAL);
    expect(t!.usager).toBeNull();
    expect((await changeTacheStatusAction({ tacheId: t!.id, status: "ANNULEE" })).ok).toBe(true);
    expect((await db.tache.findFirstOrThrow()).status).toBe("ANNULEE");
    const options = await listAssignableColleagues(w.actors.TRAVAILLEUR_SOCIAL);
    expect(options[0]!.name).toMatch(/^Moi-même/);
    expect(options.map((o) => o.id)).not.toContain(w.users.agent.id);
  });

  it("the RESPONSABLE sees the team's overdue tasks; a TS does not", async () => {
    const { w } = await world();
    await db.tache.create({ data: { structureId: w.a.id, titre: "En retard", echeance: new Date(`${inDays(-2)}T00:00:00Z`), assigneeId: w.users.ts2.id, createdById: w.users.ts2.id } });
    await db.tache.create({ data: { structureId: w.a.id, titre: "À venir", echeance: new Date(`${inDays(2)}T00:00:00Z`), assigneeId: w.users.ts2.id, createdById: w.users.ts2.id } });
    await db.tache.create({ data: { structureId: w.b.id, titre: "Ailleurs", echeance: new Date(`${inDays(-2)}T00:00:00Z`), assigneeId: w.users.otherTs.id, createdById: w.users.otherTs.id } });
    const late = await listTeamOverdueTaches(w.actors.RESPONSABLE);
    expect(late.map((t) => [t.titre, t.overdue])).toEqual([["En retard", true]]);
    expect(await listTeamOverdueTaches(w.actors.TRAVAILLEUR_SOCIAL)).toEqual([]);
  });

  it("bad input: due in 1850 or 2300, in the past, not a date; an agent, an admin or a foreign assignee; a foreign dossier", async () => {
    const { w, usager } = await world();
    const foreign = await makeUsager(w.b, { nom: "Martin", prenom: "Paul" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const base = { titre: "Rappeler la CAF", echeance: inDays(1), assigneeId: w.users.ts.id, usagerId: usager.id };
    const err = async (patch: Record<string, unknown>, field: string) => {
      const r = await createTacheAction({ ...base, ...patch });
      return r.ok ? "ok" : (r.fieldErrors[field] ?? r.formError);
    };
    expect(await err({ echeance: "1850-01-01" }, "echeance")).toMatch(/ne peut pas être déjà passée/);
    expect(await err({ echeance: "2300-01-01" }, "echeance")).toMatch(/dans les deux ans à venir \(au plus tard le \d\d\/\d\d\/\d{4}\)/);
    expect(await err({ echeance: inDays(-1) }, "echeance")).toMatch(/déjà passée/);
    expect(await err({ echeance: "2026-02-30" }, "echeance")).toBe("Échéance : date invalide (jj/mm/aaaa).");
    expect(await err({ titre: "x".repeat(100_000) }, "titre")).toBe("L'intitulé de la tâche : 200 caractères au plus.");
    for (const id of [w.users.agent.id, w.users.admin.id, w.users.otherTs.id]) expect(await err({ assigneeId: id }, "assigneeId")).toMatch(/collègue de la structure/);
    expect(await err({ usagerId: foreign.id }, "usagerId")).toMatch(/introuvable/i);
    expect(await db.tache.count()).toBe(0);
    actAs(w.actors.AGENT);
    expect(await err({}, "_")).toMatch(/introuvable/i);
  });

  it("is in the right-of-access export; anonymisation removes the title", async () => {
    const { w, usager } = await world();
    actAs(w.actors.RESPONSABLE);
    expect((await createTacheAction({ titre: "Appeler le bailleur de M. Lefèvre", echeance: inDays(1), assigneeId: w.users.ts.id, usagerId: usager.id })).ok).toBe(true);
    const data = await collectPersonData(w.actors.RESPONSABLE, usager.id);
    expect(data!.sections.find((s) => s.titre === "Tâches de l'équipe")!.sousSections![0]!.titre).toBe("Appeler le bailleur de M. Lefèvre");
    await db.$transaction((tx) => anonymiseDossier(tx, { usagerId: usager.id, structureId: w.a.id }, { now: new Date(), actor: w.actors.RESPONSABLE, mode: "manuel" }));
    expect((await db.tache.findFirstOrThrow()).titre).toBe("[anonymisé]");
  });
});
