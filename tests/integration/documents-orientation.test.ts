// Documents chosen when recording an orientation: attached in the same transaction, shown on the
// orientation's card and listed in its letter; a document of another dossier, a confidential
// one of a colleague or a deleted one cannot be attached (French message, nothing written).
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { createOrientationAction } from "@/lib/actions/orientations";
import { deleteDocument, uploadDocument } from "@/lib/domain/documents/commands";
import { listDocuments } from "@/lib/domain/documents/queries";
import { ZDocumentUpload } from "@/lib/domain/documents/schemas";
import { getCourrier } from "@/lib/domain/orientations/detail";
import { useDocumentStorage } from "@/lib/storage";
import { localStorage } from "@/lib/storage/local";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager } from "../helpers/factories";
import { extractPdfText } from "../helpers/orientation-pdf-text";
import { orientationInput, makeOrientationWorld } from "../helpers/orientation-world";
import { tinyPdf, tinyPng } from "../fixtures/documents";

let root = "";
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "passerelle-docs-orient-"));
  useDocumentStorage(localStorage(root));
});
afterAll(async () => {
  useDocumentStorage(undefined);
  await fs.rm(root, { recursive: true, force: true });
});
beforeEach(resetDb);

const up = (usagerId: string, patch: Record<string, unknown> = {}) => ZDocumentUpload.parse({ usagerId, type: "JUSTIFICATIF_RESSOURCES", ...patch });

describe("documents sent with an orientation", () => {
  it("are attached, shown on the orientation and listed in the letter", async () => {
    const w = await makeOrientationWorld();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const avis = await uploadDocument(ts, up(w.usager.id), { name: "Avis d'imposition 2025.pdf", bytes: tinyPdf() });
    const other = await uploadDocument(ts, up(w.usager.id, { type: "COURRIER" }), { name: "Courrier CAF.png", bytes: tinyPng() });
    actAs(ts);
    const result = await createOrientationAction(orientationInput(w.usager.id, w.pmi.id, { documentIds: [avis.id] }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const orientationId = result.data.id;
    expect((await listDocuments(ts, { usagerId: w.usager.id, orientationId }))!.active.map((d) => d.id)).toEqual([avis.id]);
    const courrier = await getCourrier(ts, orientationId);
    const text = extractPdfText(courrier!.pdf);
    expect(text).toContain("Pièces jointes");
    expect(text).toContain("Avis d'imposition 2025.pdf (justificatif de ressources)");
    expect(text).not.toContain("Courrier CAF");
    expect(other.id).toBeTruthy();
  });

  it("refuses a document of another dossier, a colleague's confidential one or a deleted one", async () => {
    const w = await makeOrientationWorld();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const otherDossier = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
    const foreignDoc = await uploadDocument(ts, up(otherDossier.id), { name: "a.pdf", bytes: tinyPdf() });
    const secret = await uploadDocument(w.actors.TS2, up(w.usager.id, { confidential: true }), { name: "b.pdf", bytes: tinyPdf() });
    const gone = await uploadDocument(ts, up(w.usager.id), { name: "c.pdf", bytes: tinyPdf() });
    await deleteDocument(ts, { id: gone.id });
    actAs(ts);
    for (const id of [foreignDoc.id, secret.id, gone.id]) {
      const result = await createOrientationAction(orientationInput(w.usager.id, w.pmi.id, { documentIds: [id] }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { documentIds: "Choisissez des pièces jointes de ce dossier." } });
    }
    expect(await db.orientation.count()).toBe(0);
    expect(await db.orientationDocument.count()).toBe(0);
  });
});
