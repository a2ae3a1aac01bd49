// Upload checks without a database: type by content (magic bytes), size, empty files, names.
import { describe, expect, it } from "vitest";
import { checkUpload, sniffFormat } from "@/lib/domain/documents/file-checks";
import { checkFileName, nameForContent } from "@/lib/domain/documents/file-name";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/labels";
import { exeBytes, htmlBytes, tinyDocx, tinyHeic, tinyJpeg, tinyOdt, tinyPdf, tinyPng, zipBytes } from "../fixtures/documents";

describe("type detected from the content", () => {
  it.each([
    ["PDF", tinyPdf(), "application/pdf"],
    ["PNG", tinyPng(), "image/png"],
    ["JPEG", tinyJpeg(), "image/jpeg"],
    ["HEIC (heic)", tinyHeic("heic"), "image/heic"],
    ["HEIC (heix)", tinyHeic("heix"), "image/heic"],
    ["HEIF (mif1)", tinyHeic("mif1"), "image/heif"],
    ["DOCX", tinyDocx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["ODT", tinyOdt(), "application/vnd.oasis.opendocument.text"],
  ])("accepts %s", async (_label, bytes, mime) => {
    expect((await sniffFormat(bytes))?.mime).toBe(mime);
  });

  it.each([["an executable", exeBytes()], ["an HTML page", htmlBytes()], ["a plain zip", zipBytes()], ["plain text", Buffer.from("bonjour")]])(
    "refuses %s", async (_label, bytes) => {
      expect(await sniffFormat(bytes)).toBeNull();
    },
  );

  it("refuses a program renamed .pdf, in French, pointing at the content", async () => {
    const check = await checkUpload("facture.pdf", exeBytes());
    expect(check).toEqual({ ok: false, message: expect.stringContaining("n'est pas d'un format accepté") });
  });

  it("refuses a name claiming another accepted type than the content", async () => {
    const check = await checkUpload("photo.pdf", tinyPng());
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain("ne correspond pas à son contenu");
  });

  it("adds the extension to a name without one", async () => {
    expect(await checkUpload("scan", tinyPdf())).toEqual({ ok: true, name: "scan.pdf", mime: "application/pdf" });
    expect(await checkUpload("IMG_0001.HEIC", tinyHeic())).toEqual({ ok: true, name: "IMG_0001.HEIC", mime: "image/heic" });
  });
});

describe("size", () => {
  it("refuses an empty file", async () => {
    const check = await checkUpload("vide.pdf", new Uint8Array());
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain("est vide");
  });

  it("refuses more than 15 MB, accepts exactly 15 MB", async () => {
    const over = Buffer.concat([tinyPdf(), Buffer.alloc(MAX_DOCUMENT_BYTES + 1 - tinyPdf().length)]);
    const check = await checkUpload("gros.pdf", over);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain("15 Mo");
    const exact = Buffer.concat([tinyPdf(), Buffer.alloc(MAX_DOCUMENT_BYTES - tinyPdf().length)]);
    expect((await checkUpload("juste.pdf", exact)).ok).toBe(true);
  });
});

describe("file names", () => {
  it.each([
    ["../../etc/passwd.pdf", "« .. »"],
    ["..\\secret.pdf", "« .. »"],
    ["dossier/avis.pdf", "« / »"],
    ["avis\u0000.pdf", "caractères de contrôle"],
    ["avis\n.pdf", "caractères de contrôle"],
    ["avis\u202Efdp.exe", "caractères de contrôle"],
    ["facture.pdf.exe", "deux extensions"],
    ["photo.jpg.pdf", "deux extensions"],
    [".htaccess", "commencer par un point"],
    ["   ", "vide"],
    ["a".repeat(151) + ".pdf", "150 caractères"],
    ["avis<1>.pdf", "caractère interdit"],
  ])("refuses %j", (name, fragment) => {
    expect(checkFileName(name)).toContain(fragment);
  });

  it.each(["Avis d'imposition 2025.pdf", "quittance_loyer-octobre.pdf", "Jugement du 12.03.2025.pdf", "Pièce d'identité.jpeg"])("accepts %j", (name) => {
    expect(checkFileName(name)).toBeNull();
  });

  it("keeps the extension in line with the content when renaming", () => {
    expect(nameForContent("Quittance", { mime: "application/pdf", extension: "pdf" })).toEqual({ name: "Quittance.pdf" });
    expect(nameForContent("Quittance.PDF", { mime: "application/pdf", extension: "pdf" })).toEqual({ name: "Quittance.PDF" });
    expect(nameForContent("Quittance.png", { mime: "application/pdf", extension: "pdf" })).toHaveProperty("error");
  });
});

describe("headers of a sent file", () => {
  it("Content-Disposition survives quotes, line breaks and accents", async () => {
    const { contentDisposition } = await import("@/lib/domain/documents/http");
    expect(contentDisposition(true, "Pièce d'identité.pdf")).toBe(`inline; filename="Piece d_identite.pdf"; filename*=UTF-8''Pi%C3%A8ce%20d%27identit%C3%A9.pdf`);
    const nasty = contentDisposition(false, 'a"b\r\nSet-Cookie: x=1.pdf');
    expect(nasty).not.toMatch(/[\r\n]/);
    expect(nasty.startsWith(`attachment; filename="a_b__Set-Cookie_ x_1.pdf"`)).toBe(true);
  });

  it("sandboxes everything but PDF", async () => {
    const { fileContentSecurityPolicy } = await import("@/lib/domain/documents/http");
    expect(fileContentSecurityPolicy("image/png")).toContain("sandbox");
    expect(fileContentSecurityPolicy("application/pdf")).not.toContain("sandbox");
    expect(fileContentSecurityPolicy("application/pdf")).toContain("default-src 'none'");
  });
});

describe("storage keys", () => {
  it("only keys built by the application reach a path or a bucket", async () => {
    const { assertStorageKey } = await import("@/lib/storage/types");
    const id = "0b7c5d9e-1f2a-4b3c-8d4e-5f6a7b8c9d0e";
    expect(assertStorageKey(`${id}/${id}/${id}`)).toBe(`${id}/${id}/${id}`);
    for (const bad of [`../${id}/${id}`, `${id}/${id}/../../etc/passwd`, `/${id}/${id}/${id}`, `${id}\\${id}\\${id}`, ""]) {
      expect(() => assertStorageKey(bad)).toThrow("Clé de stockage invalide");
    }
  });
});
