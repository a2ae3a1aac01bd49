// The reporter's two e-mails (issue 22) through a real SMTP server on loopback (smtp-server,
// parsed back with mailparser): the acknowledgement with the reference, and on closing a message
// that it was handled, with nothing about the person. A mail that cannot leave does not undo
// the report nor its closing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { submitSignalementAction } from "@/lib/actions/signalement-public";
import { changeSignalementStatusAction } from "@/lib/actions/maraude";
import { setEmailTransportForTests } from "@/lib/notifications/email";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeWorld } from "../helpers/factories";
import { closedSmtpUrl, startSmtpServer, type TestSmtp } from "../helpers/smtp-server";
import { openSignalementPage, publicPayload } from "./signalement-fixtures";

let smtp: TestSmtp;
let received: TestSmtp["received"];

beforeAll(async () => {
  smtp = await startSmtpServer();
  received = smtp.received;
});
afterAll(async () => {
  setEmailTransportForTests(undefined);
  actAs(null);
  await smtp.close();
});
beforeEach(async () => {
  await resetDb();
  received.length = 0;
  setEmailTransportForTests(smtp.url);
});

async function reportAndMeet() {
  const w = await makeWorld();
  await openSignalementPage(w.a);
  actAs(null);
  const r = await submitSignalementAction(publicPayload(w.a));
  if (!r.ok) throw new Error(JSON.stringify(r));
  const s = await db.signalement.findFirstOrThrow();
  return { w, s, reference: r.data.reference };
}

const PERSON_WORDS = ["cinquantaine", "chien", "porche", "Nationale", "tousse", "Claire", "06 11"];

describe("the reporter's e-mails", () => {
  it("an acknowledgement with the reference, the emergency numbers, and nothing about the person", async () => {
    const { w, reference } = await reportAndMeet();
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe("claire.passante@exemple.fr");
    expect(mail.subject).toBe(`Signalement ${reference} reçu`);
    expect(mail.text).toContain(reference);
    expect(mail.text).toContain(w.a.name);
    expect(mail.text).toMatch(/115/);
    for (const word of PERSON_WORDS) expect(mail.text).not.toContain(word);
  });

  it("on closing, a message that it was handled, with no information about the person or what the team found", async () => {
    const { w, s, reference } = await reportAndMeet();
    received.length = 0;
    actAs(w.actors.RESPONSABLE);
    for (const to of ["EQUIPE_ENVOYEE", "RENCONTREE"]) expect((await changeSignalementStatusAction({ id: s.id, to, note: "Rencontré, accepte un hébergement" })).ok).toBe(true);
    expect(received).toHaveLength(0);
    expect(await changeSignalementStatusAction({ id: s.id, to: "CLOS", note: "Orienté vers le CHRS" })).toMatchObject({ ok: true });
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.subject).toBe(`Signalement ${reference} traité`);
    expect(mail.text).toMatch(/a été traité/);
    expect(mail.text).toMatch(/Vos coordonnées ont été effacées/);
    for (const word of [...PERSON_WORDS, "hébergement", "CHRS", "rencontr"]) expect(mail.text).not.toContain(word);
    expect(await db.signalement.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ reporterEmail: null, reporterNom: null, reporterTelephone: null });
  });

  it("when the mail server is down: the report is stored and closes all the same, nothing half-done", async () => {
    setEmailTransportForTests(await closedSmtpUrl());
    const { w, s } = await reportAndMeet();
    actAs(w.actors.RESPONSABLE);
    expect(await changeSignalementStatusAction({ id: s.id, to: "CLOS", note: "" })).toMatchObject({ ok: true });
    expect(await db.signalement.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ status: "CLOS", reporterEmail: null });
  });

  it("without any mail set up (no SMTP_URL), nothing is sent and nothing fails", async () => {
    setEmailTransportForTests(null);
    const { w, s } = await reportAndMeet();
    actAs(w.actors.RESPONSABLE);
    expect(await changeSignalementStatusAction({ id: s.id, to: "CLOS", note: "" })).toMatchObject({ ok: true });
    expect(received).toHaveLength(0);
  });
});
