// Transmissions between colleagues: written and read by whoever may read the dossier (never an
// AGENT, the ADMIN or another structure: 404, nothing written), replies one level deep, mentions of
// the dossier's possible readers only, corrections by the author within 10 minutes, in the
// history, the right-of-access export, and removed by anonymisation. Bad input: French messages.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { createTransmissionAction, editTransmissionAction } from "@/lib/actions/transmissions";
import { createTransmission } from "@/lib/domain/transmissions/commands";
import { listTransmissions } from "@/lib/domain/transmissions/queries";
import { listMentionableColleagues } from "@/lib/domain/transmissions/mentionable";
import { ZTransmission } from "@/lib/domain/transmissions/schemas";
import { getUsagerTimeline } from "@/lib/domain/dossier/timeline";
import { collectPersonData } from "@/lib/domain/dossier/person-export";
import { anonymiseDossier } from "@/lib/domain/dossier/anonymise";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { teamWorldWithDossiers } from "../helpers/team-world";

beforeEach(resetDb);

const world = teamWorldWithDossiers;
const message = (usagerId: string, patch: Record<string, unknown> = {}) => ({ usagerId, texte: "Madame a rappelé : dossier CAF à compléter.", mentions: [], ...patch });

describe("transmissions", () => {
  it("a TS writes and mentions a colleague; the structure's TS and RESPONSABLE read it; AGENT, ADMIN and another structure read nothing", async () => {
    const { w, usager } = await world();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const r = await createTransmissionAction(message(usager.id, { mentions: [w.users.ts2.id] }));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    for (const role of ["TRAVAILLEUR_SOCIAL", "TS2", "RESPONSABLE"] as const) {
      const threads = await listTransmissions(w.actors[role], usager.id);
      expect(threads).toHaveLength(1);
      expect(threads[0]).toMatchObject({ texte: "Madame a rappelé : dossier CAF à compléter.", mentions: [`${w.users.ts2.firstName} ${w.users.ts2.lastName}`], canEdit: role === "TRAVAILLEUR_SOCIAL" });
    }
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) expect(await listTransmissions(w.actors[role], usager.id)).toEqual([]);
    expect(await db.auditLog.findFirst({ where: { action: "transmission.create" } })).toMatchObject({ details: { usagerId: usager.id, reponse: false, mentions: 1 } });
    expect(JSON.stringify((await db.auditLog.findMany({ select: { details: true } })))).not.toContain("CAF à compléter");
  });

  it("refuses AGENT, ADMIN and another structure with a 404, writing nothing", async () => {
    const { w, usager } = await world();
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) {
      actAs(w.actors[role]);
      const r = await createTransmissionAction(message(usager.id));
      expect(r.ok ? "ok" : r.formError, role).toMatch(/introuvable/i);
    }
    expect(await db.transmission.count()).toBe(0);
    expect(await listMentionableColleagues(w.actors.AGENT)).toEqual([]);
  });

  it("threads replies one level deep, on the subject of the message answered", async () => {
    const { w, other, aide } = await world();
    const root = await createTransmission(w.actors.TRAVAILLEUR_SOCIAL, ZTransmission.parse(message(other.id, { aideId: aide.id })));
    const reply = await createTransmission(w.actors.TS2, ZTransmission.parse(message(other.id, { parentId: root.id, texte: "Je m'en occupe." })));
    await createTransmission(w.actors.RESPONSABLE, ZTransmission.parse(message(other.id, { parentId: reply.id, texte: "Merci." })));
    const threads = await listTransmissions(w.actors.RESPONSABLE, other.id, { aideId: aide.id });
    expect(threads).toHaveLength(1);
    expect(threads[0]!.about).toBe("Aide alimentaire");
    expect(threads[0]!.replies.map((x) => x.texte)).toEqual(["Je m'en occupe.", "Merci."]);
    expect(await db.transmission.count({ where: { parentId: root.id, aideId: aide.id } })).toBe(2);
  });

  it("refuses mentions of an agent, an admin, another structure or an unknown id, and subjects of another dossier", async () => {
    const { w, usager, aide, foreign } = await world();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    for (const id of [w.users.agent.id, w.users.admin.id, w.users.otherTs.id, "7d3c9a52-0c8e-4a4e-9a55-1f1f1f1f1f1f"]) {
      const r = await createTransmissionAction(message(usager.id, { mentions: [w.users.ts2.id, id] }));
      expect(r.ok ? null : r.fieldErrors.mentions).toMatch(/collègues de la structure/);
    }
    const wrongAide = await createTransmissionAction(message(usager.id, { aideId: aide.id }));
    expect(wrongAide.ok ? null : wrongAide.formError).toMatch(/introuvable/i);
    const foreignDossier = await createTransmissionAction(message(foreign.id));
    expect(foreignDossier.ok ? null : foreignDossier.formError).toMatch(/introuvable/i);
    expect(await db.transmission.count()).toBe(0);
    expect(await db.transmissionMention.count()).toBe(0);
  });

  it("bad input: 100 KB, empty, not text; HTML is kept as typed (the page shows it as text)", async () => {
    const { w, usager } = await world();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const big = await createTransmissionAction(message(usager.id, { texte: "x".repeat(100_000) }));
    expect(big.ok ? null : big.fieldErrors.texte).toBe("Le message : 4000 caractères au plus.");
    const empty = await createTransmissionAction(message(usager.id, { texte: "   " }));
    expect(empty.ok ? null : empty.fieldErrors.texte).toBe("Saisissez le message.");
    const notText = await createTransmissionAction(message(usager.id, { texte: { a: 1 }, mentions: "x" }));
    expect(notText.ok ? null : Object.keys(notText.fieldErrors).sort()).toEqual(["mentions", "texte"]);
    expect(await db.transmission.count()).toBe(0);
    const html = '<script>alert("x")</script><b>gras</b>';
    expect((await createTransmissionAction(message(usager.id, { texte: html }))).ok).toBe(true);
    expect((await listTransmissions(w.actors.TS2, usager.id))[0]!.texte).toBe(html);
  });

  it("the author corrects a message within 10 minutes; nobody else, and never after", async () => {
    const { w, usager } = await world();
    const t0 = new Date(Date.now() - 9 * 60_000);
    const old = new Date(Date.now() - 11 * 60_000);
    const recent = await createTransmission(w.actors.TRAVAILLEUR_SOCIAL, ZTransmission.parse(message(usager.id)), { now: t0 });
    const late = await createTransmission(w.actors.TRAVAILLEUR_SOCIAL, ZTransmission.parse(message(usager.id, { texte: "Ancien" })), { now: old });
    actAs(w.actors.TS2);
    const other = await editTransmissionAction({ transmissionId: recent.id, texte: "Piraté" });
    expect(other.ok ? null : other.formError).toMatch(/Seule la personne qui a écrit/);
    actAs(w.actors.OTHER_TS);
    expect((await editTransmissionAction({ transmissionId: recent.id, texte: "Piraté" })).ok).toBe(false);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect((await editTransmissionAction({ transmissionId: recent.id, texte: "Corrigé" })).ok).toBe(true);
    const tooLate = await editTransmissionAction({ transmissionId: late.id, texte: "Corrigé" });
    expect(tooLate.ok ? null : tooLate.fieldErrors.texte).toMatch(/10 minutes/);
    const rows = await db.transmission.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.texte, r.editedAt !== null])).toEqual([["Ancien", false], ["Corrigé", true]]);
    expect(await db.transmission.count()).toBe(2);
  });

  it("is in the dossier history and the right-of-access export; anonymisation removes the text", async () => {
    const { w, usager } = await world();
    await createTransmission(w.actors.TRAVAILLEUR_SOCIAL, ZTransmission.parse(message(usager.id, { mentions: [w.users.ts2.id] })));
    const timeline = await getUsagerTimeline(w.actors.TS2, usager.id, "transmission");
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ kind: "transmission", title: "Transmission entre collègues", detail: "Madame a rappelé : dossier CAF à compléter." });
    expect(await getUsagerTimeline(w.actors.AGENT, usager.id)).toEqual([]);
    const data = await collectPersonData(w.actors.RESPONSABLE, usager.id);
    const section = data!.sections.find((s) => s.titre === "Transmissions entre professionnels")!;
    expect(section.sousSections![0]!.lignes).toEqual(expect.arrayContaining([["Message", "Madame a rappelé : dossier CAF à compléter."], ["Collègues mentionnés", `${w.users.ts2.firstName} ${w.users.ts2.lastName}`]]));
    await db.$transaction((tx) => anonymiseDossier(tx, { usagerId: usager.id, structureId: w.a.id }, { now: new Date(), actor: w.actors.RESPONSABLE, mode: "manuel" }));
    expect((await db.transmission.findFirstOrThrow()).texte).toBe("[anonymisé]");
  });
});
