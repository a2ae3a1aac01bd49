// A PDF of a letter made from a template of the structure, by LibreOffice when it is installed
// on the server (`soffice --headless --convert-to pdf`), detected at run time. Without it the
// letter exists as DOCX only and the page says why. One conversion at a time, each with its own
// throwaway LibreOffice profile (two instances sharing a profile block each other), in a
// temporary folder removed afterwards, with a time limit.
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export const NO_LIBREOFFICE = "Le PDF n'a pas été produit : LibreOffice n'est pas installé sur le serveur (commande « soffice » introuvable). Le courrier est disponible au format DOCX ; pour obtenir aussi le PDF, l'administrateur peut installer LibreOffice (paquet libreoffice-writer-nogui sous Debian ou Ubuntu).";
export const CONVERSION_FAILED = "Le PDF n'a pas été produit : la conversion par LibreOffice a échoué ou a pris trop de temps. Le courrier est disponible au format DOCX.";

const PROBE_TTL_MS = 5 * 60_000;
const CONVERT_TIMEOUT_MS = 90_000;

const run = (cmd: string, args: string[], timeout: number) =>
  new Promise<void>((resolve, reject) => {
    execFile(cmd, args, { timeout, windowsHide: true, env: { ...process.env, HOME: os.tmpdir() } }, (error) => (error ? reject(error) : resolve()));
  });

let probe: { at: number; command: string | null } | null = null;
let override: string | null | undefined;

/** Tests choose the command (null: no LibreOffice); undefined goes back to detection. */
export function setLibreOfficeForTests(command: string | null | undefined) {
  override = command;
  probe = null;
}

/** The LibreOffice command that answers, or null; checked again every few minutes. */
export async function libreOfficeCommand(now = Date.now()): Promise<string | null> {
  if (override !== undefined) return override;
  if (probe && now - probe.at < PROBE_TTL_MS) return probe.command;
  const candidates = env().SOFFICE_PATH ? [env().SOFFICE_PATH!] : ["soffice", "libreoffice"];
  let found: string | null = null;
  for (const command of candidates) {
    try {
      await run(command, ["--version"], 20_000);
      found = command;
      break;
    } catch {
      // Not installed (ENOENT) or not answering: try the next name.
    }
  }
  probe = { at: now, command: found };
  return found;
}

let queue: Promise<unknown> = Promise.resolve();

export type Conversion = { ok: true; pdf: Buffer } | { ok: false; reason: string };

export async function convertDocxToPdf(docx: Uint8Array): Promise<Conversion> {
  const command = await libreOfficeCommand();
  if (!command) return { ok: false, reason: NO_LIBREOFFICE };
  const job = queue.then(async (): Promise<Conversion> => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "passerelle-courrier-"));
    try {
      const input = path.join(dir, "courrier.docx");
      await fs.writeFile(input, docx, { mode: 0o600 });
      await run(command, [
        "--headless", "--norestore", "--nologo", "--nolockcheck", `-env:UserInstallation=${pathToFileURL(path.join(dir, "profil")).href}`,
        "--convert-to", "pdf", "--outdir", dir, input,
      ], CONVERT_TIMEOUT_MS);
      const pdf = await fs.readFile(path.join(dir, "courrier.pdf"));
      return pdf.subarray(0, 5).toString("latin1") === "%PDF-" ? { ok: true, pdf } : { ok: false, reason: CONVERSION_FAILED };
    } catch (error) {
      log.warn({ err: error instanceof Error ? error.message : String(error) }, "courrier_pdf_conversion_failed");
      return { ok: false, reason: CONVERSION_FAILED };
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

/** For the pages: whether the structure's templates also come out as PDF on this server. */
export async function libreOfficeAvailable(): Promise<boolean> {
  return (await libreOfficeCommand()) !== null;
}
