import { beforeEach, describe, expect, it } from "vitest";
import { listJournal, ZJournalParams } from "@/lib/domain/journal/queries";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);
const all = ZJournalParams.parse({});

describe("audit journal", () => {
  async function world() {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    await getUsagerDossier(w.actors.TRAVAILLEUR_SOCIAL, usager.id);
    await db.$transaction((tx) => writeAudit(tx, w.actors.ADMIN, { action: "user.create", entityType: "User", entityId: w.users.ts2.id }));
    await db.$transaction((tx) => writeAudit(tx, w.actors.OTHER_TS, { action: "usager.read", entityType: "Usager", entityId: "x" }));
    return { ...w, usager };
  }

  it("shows a RESPONSABLE who opened which dossier, when and from where, in their structure only", async () => {
    const w = await world();
    const journal = await listJournal(w.actors.RESPONSABLE, all);
    expect(journal.total).toBe(2);
    const read = journal.rows.find((r) => r.action === "usager.read")!;
    expect(read).toMatchObject({ actor: "Camille Test TRAVAILLEUR_SOCIAL", target: expect.stringMatching(/^DUPONT Amélie/), ip: "127.0.0.1" });
    const filtered = await listJournal(w.actors.RESPONSABLE, ZJournalParams.parse({ dossier: w.usager.id }));
    expect(filtered.rows.map((r) => r.action)).toEqual(["usager.read"]);
    expect((await listJournal(w.actors.RESPONSABLE, ZJournalParams.parse({ utilisateur: w.users.admin.id }))).total).toBe(1);
  });

  it("shows an ADMIN account events only, never a person's name", async () => {
    const w = await world();
    const journal = await listJournal(w.actors.ADMIN, all);
    expect(journal.rows.map((r) => r.action)).toEqual(["user.create"]);
    expect(JSON.stringify(journal)).not.toContain("Dupont");
  });

  it("shows nothing to an AGENT or a TS", async () => {
    const w = await world();
    for (const role of ["AGENT", "TRAVAILLEUR_SOCIAL"] as const) expect((await listJournal(w.actors[role], all)).total).toBe(0);
  });

  it("ignores malformed filters", () => {
    expect(ZJournalParams.parse({ action: "'; DROP TABLE", du: "hier", page: "-1", utilisateur: "x" })).toEqual({ utilisateur: "", dossier: "", action: "", du: "", au: "", page: 1 });
  });
});
