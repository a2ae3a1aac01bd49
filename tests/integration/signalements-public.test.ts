// The public signalement page's one write (issue 22): what it stores, and every way it refuses
// (closed page, forged structure, signed timestamp, honeypot, limits per address), always with a
// French message and nothing written.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { submitSignalementAction } from "@/lib/actions/signalement-public";
import { submitSignalement } from "@/lib/domain/signalements/submit";
import { publicPageByCode } from "@/lib/domain/signalements/public-page";
import { checkFormToken, issueFormToken } from "@/lib/domain/signalements/form-token";
import { ZSignalementPublic } from "@/lib/domain/signalements/schemas";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeStructure } from "../helpers/factories";
import { openSignalementPage, publicPayload } from "./signalement-fixtures";

beforeEach(async () => {
  await resetDb();
  actAs(null);
});

const counts = async () => ({ s: await db.signalement.count(), e: await db.signalementEvent.count() });

describe("public signalement: the report", () => {
  it("is stored without an account, with its first dated status and an audit row naming the page", async () => {
    const a = await makeStructure();
    await openSignalementPage(a);
    const r = await submitSignalementAction(publicPayload(a, { quartier: "Fives" }));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const s = await db.signalement.findFirstOrThrow({ include: { events: true } });
    expect(s).toMatchObject({ structureId: a.id, status: "NOUVEAU", reporterEmail: "claire.passante@exemple.fr", reporterTelephone: "06 11 22 33 44", quartier: "Fives", commune: "Lille" });
    expect(s.reference).toMatch(/^S-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(r.ok && r.data.reference).toBe(s.reference);
    expect(s.events.map((e) => e.status)).toEqual(["NOUVEAU"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "signalement.create" } });
    expect(audit).toMatchObject({ actorId: null, structureId: a.id, entityId: s.id });
  });

  it("stores HTML and scripts as typed (the pages escape them)", async () => {
    const a = await makeStructure();
    await openSignalementPage(a);
    const text = `<script>alert("x")</script><b>gras</b>`;
    expect((await submitSignalementAction(publicPayload(a, { situation: text }))).ok).toBe(true);
    expect((await db.signalement.findFirstOrThrow()).situation).toBe(text);
  });

  it("the same report sent twice within the hour is stored once, with the same reference", async () => {
    const a = await makeStructure();
    await openSignalementPage(a);
    const first = await submitSignalementAction(publicPayload(a));
    const again = await submitSignalementAction(publicPayload(a));
    expect(first.ok && again.ok && first.data.reference === again.data.reference).toBe(true);
    expect(await counts()).toEqual({ s: 1, e: 1 });
  });

  it("finds an open page by its code only; a closed or unknown one is no page", async () => {
    const a = await makeStructure();
    const code = await openSignalementPage(a);
    expect((await publicPageByCode(code))?.structureId).toBe(a.id);
    expect((await publicPageByCode(code.toUpperCase()))?.structureId).toBe(a.id);
    expect(await publicPageByCode("inconnu")).toBeNull();
    expect(await publicPageByCode("../../etc/passwd")).toBeNull();
    await db.structureSettings.update({ where: { structureId: a.id }, data: { signalementActif: false } });
    expect(await publicPageByCode(code)).toBeNull();
  });
});

describe("public signalement: bad input, French message, nothing written", () => {
  const refusedWith = async (payload: unknown, message: RegExp | string, field?: string) => {
    const r = await submitSignalementAction(payload);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(field ? r.fieldErrors[field] ?? r.formError : r.formError).toMatch(message);
    }
    expect(await counts()).toEqual({ s: 0, e: 0 });
  };

  it("empty and 1 MB fields", async () => {
    const a = await makeStructure();
    await openSignalementPage(a);
    await refusedWith(publicPayload(a, { personne: "", situation: "", lieu: "", reporterEmail: "" }), /Saisissez/, "personne");
    const huge = "x".repeat(1024 * 1024);
    for (const field of ["personne", "lieu", "situation", "reporterNom", "reporterEmail", "commune", "quartier", "siteInternet", "jeton"]) {
      await refusedWith(publicPayload(a, { [field]: huge }), /caractères au plus|trop long|Rechargez|vide|invalide/, field);
    }
  });

  it("a forged or unknown structure id, or a page that is turned off", async () => {
    const a = await makeStructure();
    const b = await makeStructure();
    await openSignalementPage(a);
    await refusedWith(publicPayload(a, { structureId: "pas-un-identifiant" }), /structure/, "structureId");
    // The timestamp was signed for A: it does not carry over to B.
    await refusedWith({ ...publicPayload(a), structureId: b.id }, /n'a pas pu être envoyé/);
    await refusedWith(publicPayload(b), /n'est pas ouverte/);
    await db.structureSettings.update({ where: { structureId: a.id }, data: { signalementActif: false } });
    await refusedWith(publicPayload(a), /n'est pas ouverte/);
  });

  it("a commune or quartier outside the structure's lists", async () => {
    const a = await makeStructure();
    await openSignalementPage(a);
    await refusedWith(publicPayload(a, { commune: "Paris" }), /commune de la liste/, "commune");
    await refusedWith(publicPayload(a, { quartier: "Quartier inventé" }), /quartier de la liste/, "quartier");
  });

  it("a bot: the honeypot filled, the form sent at once, a forged or stale timestamp", async () => {
    const a = await makeStructure();
    await openSignalementPage(a);
    await refusedWith(publicPayload(a, { siteInternet: "https://spam.example" }), /n'a pas pu être envoyé/);
    await refusedWith(publicPayload(a, {}, 500), /trop vite/);
    await refusedWith(publicPayload(a, {}, 7 * 3600_000), /trop longtemps/);
    await refusedWith(publicPayload(a, { jeton: `${a.id}.${Date.now() - 60_000}.signature-inventee` }), /n'a pas pu être envoyé/);
    expect(checkFormToken(issueFormToken(a.id, new Date(0)), a.id, new Date(10_000))).toBe("ok");
  });

  it("500 reports from one address in a minute: 5 pass, then a French refusal; other addresses still pass", async () => {
    const a = await makeStructure();
    await openSignalementPage(a);
    const now = new Date();
    const results = [];
    for (let i = 0; i < 500; i++) {
      // Timestamps relative to the test's clock: the loop may take longer than a real person would.
      const input = ZSignalementPublic.parse(publicPayload(a, { personne: `Personne ${i}`, jeton: issueFormToken(a.id, new Date(now.getTime() - 30_000)) }));
      results.push(await submitSignalement(input, { ip: "203.0.113.7", now }).then(() => "ok", (e: Error) => e.message));
    }
    expect(results.filter((r) => r === "ok")).toHaveLength(5);
    expect(results[5]).toMatch(/Trop de signalements.*Réessayez dans 10 minutes/);
    expect(new Set(results.slice(5))).toEqual(new Set([results[5]]));
    expect(await db.signalement.count()).toBe(5);
    const other = ZSignalementPublic.parse(publicPayload(a, { personne: "Autre", jeton: issueFormToken(a.id, new Date(now.getTime() - 30_000)) }));
    await expect(submitSignalement(other, { ip: "198.51.100.2", now })).resolves.toHaveProperty("reference");
  });

  it("a refused form sent by the browser comes back with what was typed and a fresh timestamp", async () => {
    const a = await makeStructure();
    await openSignalementPage(a);
    const form = new FormData();
    for (const [k, v] of Object.entries(publicPayload(a, { situation: "" }, 100))) form.set(k, String(v));
    const r = await submitSignalementAction(null, form);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.values?.personne).toBe("Un homme d'une cinquantaine d'années avec un chien");
    expect(checkFormToken(String(r.values?.jeton), a.id, new Date(Date.now() + 10_000))).toBe("ok");
  });
});
