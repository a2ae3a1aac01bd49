// How a generated letter reached the person: handed over, posted (recorded delivery), or sent by
// e-mail through a real SMTP server (smtp-server, parsed back with mailparser): only to the
// address in the person's dossier, with the PDF attached, logged. Refusals write nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { recordCourrierEnvoiAction } from "@/lib/actions/courriers";
import { generateCourrier } from "@/lib/domain/courriers/commands";
import { courriersDossierPart } from "@/lib/domain/courriers/dossier-part";
import { listCourriers } from "@/lib/domain/courriers/queries";
import { ZGenerateCourrier } from "@/lib/domain/courriers/schemas";
import { setEmailTransportForTests } from "@/lib/notifications/email";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { actAs } from "../helpers/act-as";
import { closedSmtpUrl, startSmtpServer, type TestSmtp } from "../helpers/smtp-server";
import { db, resetDb } from "../helpers/db";
import { pdfText } from "../helpers/pdf-text";
import { changedTables, tableChecksums } from "../permission-matrix/db-checksum";
import { courriersWorld, temporaryStorage, type CourriersWorld } from "./courriers-fixtures";

let tmp: Awaited<ReturnType<typeof temporaryStorage>>;
let smtp: TestSmtp;
let w: CourriersWorld;

beforeAll(async () => {
  tmp = await temporaryStorage();
  smtp = await startSmtpServer();
});
afterAll(async () => {
  setEmailTransportForTests(undefined);
  actAs(null);
  await smtp.close();
  await tmp.close();
});
beforeEach(async () => {
  await resetDb();
  smtp.received.length = 0;
  setEmailTransportForTests(smtp.url);
  w = await courriersWorld();
});

const letter = () => generateCourrier(w.actors.TRAVAILLEUR_SOCIAL, ZGenerateCourrier.parse({ source: "AIDE", sourceId: w.aides.refusee.id, modele: "aide-refus" }));

describe("envoi of a letter", () => {
  it("e-mails the PDF to the address in the dossier, and logs it", async () => {
    const c = await letter();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const r = await recordCourrierEnvoiAction({ courrierId: c.id, mode: "EMAIL", le: parisToday(), recommande: false });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual(["amelie.dupont@exemple.example"]);
    expect(mail.subject).toBe(`Courrier de ${w.a.name}`);
    expect(mail.text).toContain("Vous trouverez ci-joint un courrier");
    // No personal data in the message itself; the letter is in the attachment.
    expect(mail.text).not.toContain("Dupont");
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.contentType).toBe("application/pdf");
    expect(await pdfText(mail.attachments[0]!.content)).toContain("Voies et délais de recours");
    const envoi = await db.courrierEnvoi.findFirstOrThrow();
    expect(envoi).toMatchObject({ mode: "EMAIL", email: "amelie.dupont@exemple.example", courrierId: c.id });
    expect(await db.auditLog.findFirst({ where: { action: "courrier.envoi" } })).toMatchObject({ entityId: c.id, details: { mode: "EMAIL", usagerId: w.usager.id, recommande: false } });
  });

  it("records a hand-over and a registered post, shown on the card and in the history", async () => {
    const c = await letter();
    actAs(w.actors.RESPONSABLE);
    expect((await recordCourrierEnvoiAction({ courrierId: c.id, mode: "REMIS_EN_MAIN_PROPRE", le: parisToday() })).ok).toBe(true);
    expect((await recordCourrierEnvoiAction({ courrierId: c.id, mode: "POSTE", le: parisToday(), recommande: true })).ok).toBe(true);
    expect(smtp.received).toHaveLength(0);
    const [row] = await listCourriers(w.actors.TRAVAILLEUR_SOCIAL, { usagerId: w.usager.id });
    expect(row!.envois.map((e) => [e.mode, e.recommande])).toEqual([["REMIS_EN_MAIN_PROPRE", false], ["POSTE", true]]);
    const events = await courriersDossierPart.timeline!.events(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, () => "Camille Test");
    expect(events.map((e) => e.title).sort()).toEqual(["Courrier posté", "Courrier remis en main propre"]);
    expect(events.find((e) => e.title === "Courrier posté")!.detail).toContain("en recommandé");
  });

  it("refuses an e-mail without an address on file, without SMTP, or to a letter of another structure; nothing written", async () => {
    const c = await letter();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await db.usager.update({ where: { id: w.usager.id }, data: { email: null } });
    let before = await tableChecksums();
    const noAddress = await recordCourrierEnvoiAction({ courrierId: c.id, mode: "EMAIL", le: parisToday() });
    expect(noAddress.ok ? "" : noAddress.formError).toMatch(/Aucune adresse e-mail n'est enregistrée dans le dossier/);
    await db.usager.update({ where: { id: w.usager.id }, data: { email: "amelie.dupont@exemple.example" } });
    setEmailTransportForTests(null);
    before = await tableChecksums();
    const noSmtp = await recordCourrierEnvoiAction({ courrierId: c.id, mode: "EMAIL", le: parisToday() });
    expect(noSmtp.ok ? "" : noSmtp.formError).toMatch(/n'est pas configuré sur ce serveur/);
    // An unreachable mail server: a French refusal, nothing recorded.
    setEmailTransportForTests(await closedSmtpUrl());
    const down = await recordCourrierEnvoiAction({ courrierId: c.id, mode: "EMAIL", le: parisToday() });
    expect(down.ok ? "" : down.formError).toMatch(/n'a pas pu être envoyé/);
    for (const role of ["OTHER_TS", "AGENT", "ADMIN"] as const) {
      actAs(w.actors[role]);
      const r = await recordCourrierEnvoiAction({ courrierId: c.id, mode: "REMIS_EN_MAIN_PROPRE", le: parisToday() });
      expect(r.ok ? "" : r.formError, role).toBe("Élément introuvable ou inaccessible.");
    }
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const early = await recordCourrierEnvoiAction({ courrierId: c.id, mode: "POSTE", le: "2020-01-01" });
    expect(early.ok ? {} : early.fieldErrors).toMatchObject({ le: expect.stringContaining("ne peut pas précéder la création du courrier") });
    expect(changedTables(before, await tableChecksums())).toEqual([]);
    expect(smtp.received).toHaveLength(0);
  });

  it("anonymising the dossier removes the letters, what was typed and the addresses used", async () => {
    const c = await letter();
    await db.courrierEnvoi.create({ data: { structureId: w.a.id, courrierId: c.id, mode: "EMAIL", le: new Date(), email: "amelie.dupont@exemple.example", createdById: w.users.ts.id } });
    const report = await db.$transaction((tx) => courriersDossierPart.personExport!(tx, { usagerId: w.usager.id, structureId: w.a.id }, () => "Camille Test"));
    expect(JSON.stringify(report)).toContain("amelie.dupont@exemple.example");
    await db.$transaction((tx) => courriersDossierPart.anonymise![0]!.run(tx, { usagerId: w.usager.id, structureId: w.a.id }));
    expect(await db.courrier.count()).toBe(0);
    expect(await db.courrierEnvoi.count()).toBe(0);
  });
});
