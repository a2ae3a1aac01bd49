// Pièces jointes on both storages: the local folder (always) and an S3-compatible server started
// by the test (s3rver, a Node implementation of the S3 API). Upload, read back, rename, delete,
// restore, purge, anonymisation, and every refusal leaving no object behind, not even when the
// database transaction fails after the object was written.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { deleteDocument, renameDocument, restoreDocument, uploadDocument } from "@/lib/domain/documents/commands";
import { openDocument, listDocuments } from "@/lib/domain/documents/queries";
import { purgeDeletedDocuments } from "@/lib/domain/documents/jobs";
import { ANONYMISE_STEPS } from "@/lib/domain/dossier/anonymise";
import { ZDocumentUpload } from "@/lib/domain/documents/schemas";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { useDocumentStorage, type DocumentStorage } from "@/lib/storage";
import { localStorage } from "@/lib/storage/local";
import { s3Storage } from "@/lib/storage/s3";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { exeBytes, tinyDocx, tinyHeic, tinyPdf, tinyPng } from "../fixtures/documents";

type Backend = { name: string; storage: DocumentStorage; keys: () => Promise<string[]>; close: () => Promise<void> };

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat();
}

async function localBackend(): Promise<Backend> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "passerelle-docs-"));
  return {
    name: "disque local", storage: localStorage(root),
    keys: async () => (await walk(root)).map((f) => path.relative(root, f).split(path.sep).join("/")),
    close: () => fs.rm(root, { recursive: true, force: true }),
  };
}

async function s3Backend(): Promise<Backend | string> {
  let S3rver: typeof import("s3rver").default;
  try {
    S3rver = (await import("s3rver")).default;
  } catch (error) {
    return `s3rver indisponible (${error instanceof Error ? error.message : String(error)})`;
  }
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "passerelle-s3-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory });
  const { port } = await server.run();
  const settings = { endpoint: `http://127.0.0.1:${port}`, region: "eu-west-3", bucket: "pieces-jointes", accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true };
  const client = new S3Client({ endpoint: settings.endpoint, region: settings.region, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
  return {
    name: "S3 (s3rver)", storage: s3Storage(settings),
    keys: async () => ((await client.send(new ListObjectsV2Command({ Bucket: settings.bucket }))).Contents ?? []).map((o) => o.Key!),
    close: async () => {
      client.destroy();
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}

const backends: Backend[] = [];
let s3Skipped: string | null = null;

beforeAll(async () => {
  backends.push(await localBackend());
  const s3 = await s3Backend();
  if (typeof s3 === "string") {
    s3Skipped = s3;
    console.warn(`Tests S3 sautés : ${s3}`);
  } else backends.push(s3);
});
afterAll(async () => {
  useDocumentStorage(undefined);
  await Promise.all(backends.map((b) => b.close()));
});
// The database is emptied before each test: so are the storages, each test counts its objects.
beforeEach(async () => {
  await resetDb();
  for (const b of backends) for (const key of await b.keys()) await b.storage.delete(key);
});

const upload = (usagerId: string, extra: Record<string, unknown> = {}) => ZDocumentUpload.parse({ usagerId, type: "JUSTIFICATIF_RESSOURCES", ...extra });

async function text(stream: ReadableStream<Uint8Array>) {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("attendu : un refus");
}

for (const kind of ["disque local", "S3 (s3rver)"]) {
  describe(`stockage ${kind}`, () => {
    const backend = () => backends.find((b) => b.name === kind)!;
    const skip = () => kind !== "disque local" && s3Skipped !== null;

    it("uploads, reads back, renames, deletes, restores", async (ctx) => {
      if (skip()) return ctx.skip();
      const { storage, keys } = backend();
      const w = await makeWorld();
      const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
      const ts = w.actors.TRAVAILLEUR_SOCIAL;
      const pdf = tinyPdf();
      const doc = await uploadDocument(ts, upload(usager.id), { name: "Avis d'imposition 2025.pdf", bytes: pdf }, { storage });
      const row = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
      expect(row).toMatchObject({ name: "Avis d'imposition 2025.pdf", mime: "application/pdf", size: pdf.length, structureId: w.a.id, uploadedById: ts.id, confidential: false });
      expect(row.storageKey).toBe(`${w.a.id}/${usager.id}/${row.storageKey.split("/")[2]}`);
      expect(await keys()).toEqual([row.storageKey]);

      const opened = await openDocument(ts, doc.id, "preview", { storage });
      if (!opened || opened === "missing") throw new Error("document attendu");
      expect(opened).toMatchObject({ name: row.name, mime: "application/pdf", inline: true });
      expect((await text(opened.stream)).equals(pdf)).toBe(true);

      const renamed = await renameDocument(ts, { id: doc.id, name: "Avis 2025", updatedAt: row.updatedAt.toISOString() });
      expect(renamed.name).toBe("Avis 2025.pdf");
      await deleteDocument(ts, { id: doc.id });
      expect((await listDocuments(ts, { usagerId: usager.id }))!.active).toHaveLength(0);
      expect(await openDocument(ts, doc.id, "download", { storage })).toBeNull();
      await restoreDocument(ts, { id: doc.id });
      expect((await listDocuments(ts, { usagerId: usager.id }))!.active.map((d) => d.name)).toEqual(["Avis 2025.pdf"]);
      expect(await keys()).toHaveLength(1);
    });

    it("HEIC and DOCX are stored, offered as downloads (no inline preview)", async (ctx) => {
      if (skip()) return ctx.skip();
      const { storage } = backend();
      const w = await makeWorld();
      const usager = await makeUsager(w.a, { nom: "N'Diaye", prenom: "Aïssatou" });
      const heic = await uploadDocument(w.actors.RESPONSABLE, upload(usager.id, { type: "JUSTIFICATIF_IDENTITE" }), { name: "IMG_2041.HEIC", bytes: tinyHeic() }, { storage });
      const docx = await uploadDocument(w.actors.RESPONSABLE, upload(usager.id, { type: "COURRIER" }), { name: "courrier bailleur.docx", bytes: tinyDocx() }, { storage });
      for (const id of [heic.id, docx.id]) {
        const opened = await openDocument(w.actors.RESPONSABLE, id, "preview", { storage });
        if (!opened || opened === "missing") throw new Error("document attendu");
        expect(opened.inline).toBe(false);
        await opened.stream.cancel();
      }
    });

    it("refusals store nothing: wrong content, empty, too big, bad names, foreign dossier", async (ctx) => {
      if (skip()) return ctx.skip();
      const { storage, keys } = backend();
      const w = await makeWorld();
      const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
      const foreign = await makeUsager(w.b, { nom: "Martin", prenom: "Paul" });
      const ts = w.actors.TRAVAILLEUR_SOCIAL;
      const big = Buffer.concat([tinyPdf(), Buffer.alloc(15 * 1024 * 1024)]);
      const cases: [string, Uint8Array, string][] = [
        ["facture.pdf", exeBytes(), "n'est pas d'un format accepté"],
        ["vide.pdf", new Uint8Array(), "est vide"],
        ["gros.pdf", big, "15 Mo"],
        ["../../etc/avis.pdf", tinyPdf(), "« .. »"],
        ["avis\u0007.pdf", tinyPdf(), "caractères de contrôle"],
        ["facture.pdf.exe", tinyPdf(), "deux extensions"],
      ];
      for (const [name, bytes, fragment] of cases) {
        const error = await rejection(uploadDocument(ts, upload(usager.id), { name, bytes }, { storage }));
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).fieldErrors.file).toContain(fragment);
      }
      expect(await rejection(uploadDocument(ts, upload(foreign.id), { name: "a.pdf", bytes: tinyPdf() }, { storage }))).toBeInstanceOf(NotFoundError);
      expect(await db.document.count()).toBe(0);
      expect(await keys()).toEqual([]);
    });

    it("removes the object when the database transaction fails after it was written", async (ctx) => {
      if (skip()) return ctx.skip();
      const { storage, keys } = backend();
      const w = await makeWorld();
      const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
      const written: string[] = [];
      const spying: DocumentStorage = { ...storage, put: async (key, body, type) => { written.push(key); await storage.put(key, body, type); } };
      const spy = vi.spyOn(db, "$transaction").mockRejectedValueOnce(new Error("panne de la base"));
      try {
        await expect(uploadDocument(w.actors.TRAVAILLEUR_SOCIAL, upload(usager.id), { name: "quittance.png", bytes: tinyPng() }, { storage: spying })).rejects.toThrow("panne de la base");
      } finally {
        spy.mockRestore();
      }
      expect(written).toHaveLength(1);
      expect(await storage.exists(written[0]!)).toBe(false);
      expect(await keys()).toEqual([]);
      expect(await db.document.count()).toBe(0);
    });

    it("the purge job deletes the object then the row, 30 days after deletion, once", async (ctx) => {
      if (skip()) return ctx.skip();
      const { storage, keys } = backend();
      const w = await makeWorld();
      const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
      const ts = w.actors.TRAVAILLEUR_SOCIAL;
      const old = await uploadDocument(ts, upload(usager.id), { name: "ancien.pdf", bytes: tinyPdf() }, { storage });
      const recent = await uploadDocument(ts, upload(usager.id), { name: "recent.pdf", bytes: tinyPdf() }, { storage });
      const kept = await uploadDocument(ts, upload(usager.id), { name: "garde.png", bytes: tinyPng() }, { storage });
      const now = new Date("2026-06-30T03:30:00Z");
      await deleteDocument(ts, { id: old.id }, { now: new Date("2026-05-30T10:00:00Z") });
      await deleteDocument(ts, { id: recent.id }, { now: new Date("2026-06-15T10:00:00Z") });
      await expect(restoreDocument(ts, { id: old.id }, { now })).rejects.toThrow("plus de 30 jours");

      const [first, second] = await Promise.all([purgeDeletedDocuments(now, { storage }), purgeDeletedDocuments(now, { storage })]);
      expect(first.purged + second.purged).toBe(1);
      expect((await db.document.findMany({ orderBy: { name: "asc" } })).map((d) => d.id).sort()).toEqual([kept.id, recent.id].sort());
      expect(await keys()).toHaveLength(2);
      const audit = await db.auditLog.findMany({ where: { action: "document.purge" } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ entityId: old.id, structureId: w.a.id, actorId: null });
      expect(await purgeDeletedDocuments(now, { storage })).toEqual({ purged: 0, failed: 0 });
    });

    it("anonymising the dossier deletes its files and rows, not another dossier's", async (ctx) => {
      if (skip()) return ctx.skip();
      const { storage, keys } = backend();
      useDocumentStorage(storage);
      const w = await makeWorld();
      const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
      const other = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
      await uploadDocument(w.actors.TRAVAILLEUR_SOCIAL, upload(usager.id), { name: "a.pdf", bytes: tinyPdf() });
      await uploadDocument(w.actors.TRAVAILLEUR_SOCIAL, upload(usager.id, { confidential: true }), { name: "b.png", bytes: tinyPng() });
      const kept = await uploadDocument(w.actors.TRAVAILLEUR_SOCIAL, upload(other.id), { name: "c.pdf", bytes: tinyPdf() });
      const step = ANONYMISE_STEPS.find((s) => s.label.startsWith("Pièces jointes"))!;
      await db.$transaction((tx) => step.run(tx, { usagerId: usager.id, structureId: w.a.id }));
      const left = await db.document.findMany();
      expect(left.map((d) => d.id)).toEqual([kept.id]);
      expect(await keys()).toEqual([left[0]!.storageKey]);
      useDocumentStorage(undefined);
    });
  });
}
