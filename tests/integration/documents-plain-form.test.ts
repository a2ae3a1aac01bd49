// POST /api/documents sent by the card's form itself (before hydration, without JavaScript):
// multipart/form-data, answered by a 303 back to the page with the outcome in its address. The
// address is a path of this site only; a refusal keeps the type and flag, never a file.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { POST } from "@/app/api/documents/route";
import { readUploadOutcome } from "@/lib/domain/documents/upload-outcome";
import { sameSitePath } from "@/lib/security/return-path";
import { useDocumentStorage } from "@/lib/storage";
import { localStorage } from "@/lib/storage/local";
import type { Actor } from "@/lib/auth/actor";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { exeBytes, tinyPdf, tinyPng } from "../fixtures/documents";

let root = "";
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "passerelle-docs-form-"));
  useDocumentStorage(localStorage(root));
});
afterAll(async () => {
  useDocumentStorage(undefined);
  await fs.rm(root, { recursive: true, force: true });
});
beforeEach(() => resetDb());

const BASE = "http://localhost:3000";
type Part = [string, string] | [string, Uint8Array, string];

async function postForm(as: Actor | null, parts: Part[], headers: Record<string, string> = {}) {
  actAs(as);
  const form = new FormData();
  for (const [name, value, fileName] of parts) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, new Blob([value as Uint8Array<ArrayBuffer>]), fileName);
  }
  // Encoded as a browser would (boundary, Content-Length).
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return POST(new Request(`${BASE}/api/documents`, {
    method: "POST", body,
    headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.byteLength), ...headers },
  }));
}

function landing(res: Response) {
  expect(res.status).toBe(303);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const location = res.headers.get("location")!;
  const url = new URL(location, BASE);
  return { location, path: url.pathname, outcome: readUploadOutcome(url.searchParams) };
}

async function setting() {
  const w = await makeWorld();
  const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
  const foreign = await makeUsager(w.b, { nom: "Martin", prenom: "Paul" });
  return { w, usager, foreign, ts: w.actors.TRAVAILLEUR_SOCIAL };
}

describe("upload by a plain form", () => {
  it("saves every good file and comes back to the page with the count, the type and the flag", async () => {
    const { usager, ts } = await setting();
    const res = await postForm(ts, [
      ["usagerId", usager.id], ["type", "COURRIER"], ["confidential", "true"], ["retour", `/usagers/${usager.id}?vue=tout`],
      ["file", tinyPdf(), "Avis.pdf"], ["file", tinyPng(), "Quittance.png"],
    ]);
    const { path: to, location, outcome } = landing(res);
    expect(to).toBe(`/usagers/${usager.id}`);
    expect(location).toContain("vue=tout");
    expect(outcome).toEqual({ saved: 2, refused: [], type: "COURRIER", confidential: true });
    expect(await db.document.findMany({ select: { name: true, confidential: true, type: true }, orderBy: { name: "asc" } })).toEqual([
      { name: "Avis.pdf", confidential: true, type: "COURRIER" }, { name: "Quittance.png", confidential: true, type: "COURRIER" },
    ]);
    // The address carries codes only, never a file name.
    expect(location).not.toMatch(/Avis|Quittance/);
  });

  it("refuses a bad file with its reason and keeps the others; nothing is lost but the refused file", async () => {
    const { usager, ts } = await setting();
    const res = await postForm(ts, [
      ["usagerId", usager.id], ["type", "AUTRE"], ["retour", `/usagers/${usager.id}`],
      ["file", exeBytes(), "facture.pdf"], ["file", tinyPdf(), "bon.pdf"], ["file", tinyPdf(), "x.pdf.exe"], ["file", new Uint8Array(), "vide.pdf"],
    ]);
    expect(landing(res).outcome).toEqual({ saved: 1, refused: ["format", "nom", "vide"], type: "AUTRE", confidential: false });
    expect(await db.document.count()).toBe(1);
  });

  it("asks for the type and a file, saving nothing", async () => {
    const { usager, ts } = await setting();
    const res = await postForm(ts, [["usagerId", usager.id], ["type", ""], ["retour", `/usagers/${usager.id}`], ["file", new Uint8Array(), ""]]);
    expect(landing(res).outcome).toEqual({ saved: 0, refused: ["type", "aucun"], type: "", confidential: false });
    expect(await db.document.count()).toBe(0);
  });

  it("never sends the browser to another site, whatever `retour` says", async () => {
    const { usager, ts } = await setting();
    for (const retour of ["//evil.example/x", "https://evil.example/x", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)", ""]) {
      const res = await postForm(ts, [["usagerId", usager.id], ["type", "AUTRE"], ["retour", retour], ["file", tinyPdf(), "a.pdf"]]);
      expect(landing(res).location, retour).toMatch(new RegExp(`^/usagers/${usager.id}\\?`));
    }
    expect(sameSitePath("/usagers/1?x=1#h")).toBe("/usagers/1?x=1");
    expect(sameSitePath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it("answers a foreign dossier like a missing one, and a signed-out visitor with the session message", async () => {
    const { foreign, ts } = await setting();
    const res = await postForm(ts, [["usagerId", foreign.id], ["type", "AUTRE"], ["retour", "/usagers"], ["file", tinyPdf(), "a.pdf"]]);
    expect(landing(res).outcome?.refused).toEqual(["introuvable"]);
    const out = await postForm(null, [["usagerId", foreign.id], ["type", "AUTRE"], ["retour", "/usagers"], ["file", tinyPdf(), "a.pdf"]]);
    expect(landing(out).outcome?.refused).toEqual(["session"]);
    expect(await db.document.count()).toBe(0);
  });

  it("refuses more than one body's worth at once, back to the page it came from", async () => {
    const { usager, ts } = await setting();
    const big = new Uint8Array(16 * 1024 * 1024 + 1);
    const res = await postForm(ts, [["usagerId", usager.id], ["type", "AUTRE"], ["file", big, "gros.pdf"]], { referer: `${BASE}/usagers/${usager.id}/accompagnements/x`, host: "localhost:3000" });
    const { path: to, outcome } = landing(res);
    expect(to).toBe(`/usagers/${usager.id}/accompagnements/x`);
    expect(outcome?.refused).toEqual(["trop"]);
    expect(await db.document.count()).toBe(0);
  });

  it("refuses a cross-site form post before reading it", async () => {
    const { usager, ts } = await setting();
    const res = await postForm(ts, [["usagerId", usager.id], ["type", "AUTRE"], ["file", tinyPdf(), "a.pdf"]], { origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(res.status).toBe(403);
    expect(await db.document.count()).toBe(0);
  });
});
