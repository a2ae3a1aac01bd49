// Pièces jointes through the upload/download routes and the card's server actions, per role:
// TS and RESPONSABLE of the structure may; AGENT, ADMIN and another structure get a 404 and
// change nothing. Confidential files: their uploader and the RESPONSABLE only. Every action is
// audited; a cross-site request is refused.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { POST } from "@/app/api/documents/route";
import { GET } from "@/app/api/documents/[id]/route";
import { deleteDocumentAction, renameDocumentAction, restoreDocumentAction } from "@/lib/actions/documents";
import { listDocuments } from "@/lib/domain/documents/queries";
import { documentTimelineEvents } from "@/lib/domain/documents/timeline-source";
import { buildPersonReport, collectPersonData } from "@/lib/domain/dossier/person-export";
import { useDocumentStorage } from "@/lib/storage";
import { localStorage } from "@/lib/storage/local";
import type { Actor } from "@/lib/auth/actor";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { makeAccompagnement } from "./accompagnement-fixtures";
import { exeBytes, tinyPdf, tinyPng } from "../fixtures/documents";

let root = "";
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "passerelle-docs-perm-"));
  useDocumentStorage(localStorage(root));
});
afterAll(async () => {
  useDocumentStorage(undefined);
  await fs.rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetDb();
  await fs.rm(root, { recursive: true, force: true });
  await fs.mkdir(root);
});

async function storedFiles(dir = root): Promise<number> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  let n = 0;
  for (const e of entries) n += e.isDirectory() ? await storedFiles(path.join(dir, e.name)) : 1;
  return n;
}

const BASE = "http://localhost:3000";
function postFile(as: Actor | null, params: Record<string, string>, name: string, bytes: Uint8Array, headers: Record<string, string> = {}) {
  actAs(as);
  return POST(new Request(`${BASE}/api/documents?${new URLSearchParams(params)}`, {
    method: "POST", body: bytes as unknown as BodyInit, headers: { "x-file-name": encodeURIComponent(name), "content-type": "application/octet-stream", ...headers },
  }));
}
function getFile(as: Actor | null, id: string, preview = false, headers: Record<string, string> = {}) {
  actAs(as);
  return GET(new Request(`${BASE}/api/documents/${id}${preview ? "?apercu=1" : ""}`, { headers }), { params: Promise.resolve({ id }) });
}

async function setting() {
  const w = await makeWorld();
  const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
  const foreign = await makeUsager(w.b, { nom: "Martin", prenom: "Paul" });
  return { w, usager, foreign };
}

async function uploaded(as: Actor, usagerId: string, extra: Record<string, string> = {}, name = "Avis d'imposition.pdf", bytes: Uint8Array = tinyPdf()) {
  const res = await postFile(as, { usagerId, type: "JUSTIFICATIF_RESSOURCES", ...extra }, name, bytes);
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.document as { id: string; name: string };
}

describe("upload route, per role", () => {
  it.each([["TRAVAILLEUR_SOCIAL", 201], ["RESPONSABLE", 201], ["AGENT", 404], ["ADMIN", 404], ["OTHER_TS", 404]] as const)("%s → %i", async (role, status) => {
    const { w, usager } = await setting();
    const res = await postFile(w.actors[role], { usagerId: usager.id, type: "COURRIER" }, "courrier.pdf", tinyPdf());
    expect(res.status).toBe(status);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    if (status === 404) {
      expect(body.formError).toBe("Dossier introuvable ou inaccessible : rien n'a été enregistré.");
      expect(await db.document.count()).toBe(0);
      expect(await storedFiles()).toBe(0);
      expect(await db.auditLog.count({ where: { action: "document.upload" } })).toBe(0);
    } else {
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "document.upload" } });
      expect(audit).toMatchObject({ actorId: w.actors[role].id, structureId: w.a.id, entityId: body.document.id });
      expect(JSON.stringify(audit.details)).not.toContain("courrier");
    }
  });

  it("refuses bad input with French field messages and stores nothing", async () => {
    const { w, usager } = await setting();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const cases: [Record<string, string>, string, Uint8Array, number, string, string][] = [
      [{ type: "COURRIER" }, "programme.pdf", exeBytes(), 400, "file", "format accepté"],
      [{ type: "COURRIER" }, "vide.pdf", new Uint8Array(), 400, "file", "est vide"],
      [{ type: "COURRIER" }, "x.pdf.exe", tinyPdf(), 400, "file", "deux extensions"],
      [{ type: "COURRIER" }, "../x.pdf", tinyPdf(), 400, "file", "« .. »"],
      [{ type: "COURRIER" }, "gros.pdf", new Uint8Array(15 * 1024 * 1024 + 1), 413, "file", "15 Mo"],
      [{ type: "PASSEPORT" }, "a.pdf", tinyPdf(), 400, "type", "Choisissez le type"],
      [{ type: "COURRIER", aideId: "pas-un-id" }, "a.pdf", tinyPdf(), 400, "aideId", "Aide inconnue"],
    ];
    for (const [extra, name, bytes, status, field, fragment] of cases) {
      const res = await postFile(ts, { usagerId: usager.id, ...extra }, name, bytes);
      expect(res.status, name).toBe(status);
      const body = await res.json();
      expect(body.ok).toBe(false);
      expect(body.fieldErrors[field], name).toContain(fragment);
    }
    expect(await db.document.count()).toBe(0);
    expect(await storedFiles()).toBe(0);
  });

  it("refuses an accompagnement of another dossier, and a foreign dossier id", async () => {
    const { w, usager, foreign } = await setting();
    const other = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
    const acc = await makeAccompagnement(other, w.users.ts.id);
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const res = await postFile(ts, { usagerId: usager.id, type: "AUTRE", accompagnementId: acc.id }, "a.pdf", tinyPdf());
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors.accompagnementId).toBe("Cet accompagnement n'est pas celui de ce dossier.");
    expect((await postFile(ts, { usagerId: foreign.id, type: "AUTRE" }, "a.pdf", tinyPdf())).status).toBe(404);
    expect(await db.document.count()).toBe(0);
    expect(await storedFiles()).toBe(0);
  });

  it("refuses a cross-site request before reading it", async () => {
    const { w, usager } = await setting();
    const res = await postFile(w.actors.TRAVAILLEUR_SOCIAL, { usagerId: usager.id, type: "AUTRE" }, "a.pdf", tinyPdf(), { origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(res.status).toBe(403);
    expect(await db.document.count()).toBe(0);
  });

  it("attaches to an accompagnement: listed on it and on the dossier", async () => {
    const { w, usager } = await setting();
    const acc = await makeAccompagnement(usager, w.users.ts.id);
    const doc = await uploaded(w.actors.TRAVAILLEUR_SOCIAL, usager.id, { accompagnementId: acc.id });
    expect((await listDocuments(w.actors.TS2, { usagerId: usager.id, accompagnementId: acc.id }))!.active.map((d) => d.id)).toEqual([doc.id]);
    expect((await listDocuments(w.actors.TS2, { usagerId: usager.id }))!.active.map((d) => d.id)).toEqual([doc.id]);
  });
});

describe("download and preview route", () => {
  it.each([["TRAVAILLEUR_SOCIAL", 200], ["TS2", 200], ["RESPONSABLE", 200], ["AGENT", 404], ["ADMIN", 404], ["OTHER_TS", 404]] as const)("%s → %i, audited", async (role, status) => {
    const { w, usager } = await setting();
    const doc = await uploaded(w.actors.TRAVAILLEUR_SOCIAL, usager.id);
    const res = await getFile(w.actors[role], doc.id);
    expect(res.status).toBe(status);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const reads = await db.auditLog.count({ where: { action: "document.download", entityId: doc.id } });
    expect(reads).toBe(status === 200 ? 1 : 0);
    if (status === 200) {
      expect(Buffer.from(await res.arrayBuffer()).equals(tinyPdf())).toBe(true);
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="Avis d_imposition.pdf"; filename*=UTF-8''Avis%20d%27imposition.pdf`);
    }
  });

  it("previews images and PDF inline, with a CSP; anything else stays an attachment", async () => {
    const { w, usager } = await setting();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const png = await uploaded(ts, usager.id, {}, "quittance.png", tinyPng());
    const res = await getFile(ts, png.id, true);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toMatch(/^inline; filename="quittance.png"/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await db.auditLog.count({ where: { action: "document.preview", entityId: png.id } })).toBe(1);
  });

  it("refuses a download started by another site", async () => {
    const { w, usager } = await setting();
    const doc = await uploaded(w.actors.TRAVAILLEUR_SOCIAL, usager.id);
    const res = await getFile(w.actors.TRAVAILLEUR_SOCIAL, doc.id, false, { "sec-fetch-site": "cross-site" });
    expect(res.status).toBe(403);
    expect(await db.auditLog.count({ where: { action: "document.download" } })).toBe(0);
  });

  it("a signed-out request or a malformed id is a 404", async () => {
    const { w, usager } = await setting();
    const doc = await uploaded(w.actors.TRAVAILLEUR_SOCIAL, usager.id);
    expect((await getFile(null, doc.id)).status).toBe(404);
    expect((await getFile(w.actors.TRAVAILLEUR_SOCIAL, "../../etc/passwd")).status).toBe(404);
  });
});

describe("confidential documents", () => {
  it("are seen by their uploader and the RESPONSABLE only", async () => {
    const { w, usager } = await setting();
    const doc = await uploaded(w.actors.TRAVAILLEUR_SOCIAL, usager.id, { confidential: "true" }, "jugement.pdf");
    const visible = async (role: "TRAVAILLEUR_SOCIAL" | "TS2" | "RESPONSABLE") =>
      (await listDocuments(w.actors[role], { usagerId: usager.id }))!.active.some((d) => d.id === doc.id);
    expect(await visible("TRAVAILLEUR_SOCIAL")).toBe(true);
    expect(await visible("RESPONSABLE")).toBe(true);
    expect(await visible("TS2")).toBe(false);
    expect((await getFile(w.actors.TS2, doc.id)).status).toBe(404);
    actAs(w.actors.TS2);
    expect((await deleteDocumentAction({ id: doc.id })).ok).toBe(false);
    expect(await documentTimelineEvents(w.actors.TS2, usager.id)).toEqual([]);
    expect((await getFile(w.actors.RESPONSABLE, doc.id)).status).toBe(200);
  });
});

describe("rename, delete, restore (server actions), per role", () => {
  const roles = [["TRAVAILLEUR_SOCIAL", true], ["TS2", true], ["RESPONSABLE", true], ["AGENT", false], ["ADMIN", false], ["OTHER_TS", false]] as const;
  it.each(roles)("%s may act: %s", async (role, allowed) => {
    const { w, usager } = await setting();
    const doc = await uploaded(w.actors.TRAVAILLEUR_SOCIAL, usager.id);
    const row = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
    actAs(w.actors[role]);
    const renamed = await renameDocumentAction({ id: doc.id, name: "Avis 2025", updatedAt: row.updatedAt.toISOString() });
    const deleted = await deleteDocumentAction({ id: doc.id });
    expect(renamed.ok).toBe(allowed);
    expect(deleted.ok).toBe(allowed);
    if (!allowed) {
      expect(renamed).toMatchObject({ formError: "Élément introuvable ou inaccessible." });
      expect(await db.document.findUniqueOrThrow({ where: { id: doc.id } })).toEqual(row);
      return;
    }
    const restored = await restoreDocumentAction({ id: doc.id });
    expect(restored.ok).toBe(true);
    const after = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect(after).toMatchObject({ name: "Avis 2025.pdf", deletedAt: null });
    const actions = (await db.auditLog.findMany({ where: { entityId: doc.id }, orderBy: { id: "asc" } })).map((a) => [a.action, a.actorId]);
    expect(actions).toEqual([
      ["document.upload", w.actors.TRAVAILLEUR_SOCIAL.id], ["document.rename", w.actors[role].id],
      ["document.delete", w.actors[role].id], ["document.restore", w.actors[role].id],
    ]);
  });

  it("refuses a stale rename and a bad name, in French, on the field", async () => {
    const { w, usager } = await setting();
    const doc = await uploaded(w.actors.TRAVAILLEUR_SOCIAL, usager.id);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const stale = await renameDocumentAction({ id: doc.id, name: "Nouveau", updatedAt: "2020-01-01T00:00:00.000Z" });
    expect(stale).toMatchObject({ ok: false, formError: expect.stringContaining("modifié par quelqu'un d'autre") });
    const row = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
    const bad = await renameDocumentAction({ id: doc.id, name: "avis.pdf.exe", updatedAt: row.updatedAt.toISOString() });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { name: expect.stringContaining("deux extensions") } });
    const wrongExt = await renameDocumentAction({ id: doc.id, name: "avis.png", updatedAt: row.updatedAt.toISOString() });
    expect(wrongExt).toMatchObject({ ok: false, fieldErrors: { name: expect.stringContaining("ne correspond pas") } });
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).name).toBe("Avis d'imposition.pdf");
  });
});

describe("history and right of access", () => {
  it("lists added and removed documents in the timeline and the person's export", async () => {
    const { w, usager } = await setting();
    const doc = await uploaded(w.actors.TRAVAILLEUR_SOCIAL, usager.id);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await deleteDocumentAction({ id: doc.id });
    const events = await documentTimelineEvents(w.actors.RESPONSABLE, usager.id);
    expect(events.map((e) => e.title).sort()).toEqual(["Pièce jointe ajoutée", "Pièce jointe supprimée"]);
    const data = await collectPersonData(w.actors.RESPONSABLE, usager.id);
    const report = buildPersonReport(data!);
    const section = report.sections.find((s) => s.titre === "Pièces jointes")!;
    expect(section.lignes).toHaveLength(1);
    expect(section.lignes[0]![0]).toBe("Avis d'imposition.pdf");
    expect(section.lignes[0]![1]).toContain("Justificatif de ressources");
    expect(section.lignes[0]![1]).toContain("supprimée le");
  });
});
