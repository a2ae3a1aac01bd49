// The import measure of the benchmark: a generated 10,000-row CSV as a CCAS would bring it
// (Windows-1252, `;`), a fifth of them people already in the bench structure (found by the
// creation form's duplicate rule, one query per chunk), 300 repeated inside the file and 100 in
// error, imported by the bench RESPONSABLE through the same domain functions as the pages:
// upload (read + rows stored), preview (checks + duplicate search), commit (job in batches).
// Prints the timings as JSON. What the run created is removed afterwards, so that it can be
// repeated on the same bench database (the audit log, append-only, keeps its rows). Run by scripts/bench-import.mjs with DATABASE_URL set.
import iconv from "iconv-lite";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createImportFromFile, loadImportJob, saveImportMapping } from "@/lib/domain/import/commands";
import { importGroupCounts } from "@/lib/domain/import/queries";
import { runImportJob } from "@/lib/domain/import/run-job";

const ROWS = Number(process.argv[2] ?? 10_000);
const email = process.argv[3] ?? "bench-responsable@bench.passerelle.fr";

const fr = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
const elapsed = async <T>(fn: () => Promise<T>) => {
  const t = performance.now();
  const value = await fn();
  return { value, ms: Math.round(performance.now() - t) };
};

const FILE_NAME = "bench-import.csv";

/** What a run created goes with its job: the dossiers (with their entretiens), the job. The audit log is append-only: its rows stay. */
async function removeRun(jobId: string) {
  const created = (await db.importRow.findMany({ where: { jobId, outcome: "CREATED" }, select: { usagerId: true } })).flatMap((r) => (r.usagerId ? [r.usagerId] : []));
  for (let i = 0; i < created.length; i += 5_000) {
    const ids = created.slice(i, i + 5_000);
    await db.usager.deleteMany({ where: { id: { in: ids } } });
  }
  await db.importJob.delete({ where: { id: jobId } });
}

async function main() {
  const user = await db.user.findFirstOrThrow({ where: { email } });
  // An interrupted earlier run: removed first, so that the base is the seeded one.
  for (const old of await db.importJob.findMany({ where: { structureId: user.structureId, fileName: FILE_NAME }, select: { id: true } })) await removeRun(old.id);
  const actor: Actor = { id: user.id, role: user.role as Actor["role"], structureId: user.structureId, siteId: user.siteId, firstName: user.firstName, lastName: user.lastName, email: user.email, mustChangePassword: false, ip: null };
  const known = await db.usager.findMany({ where: { structureId: actor.structureId, dateNaissance: { not: null } }, select: { nom: true, prenom: true, dateNaissance: true }, take: Math.floor(ROWS / 5), orderBy: { id: "asc" } });
  const lines = ["Identifiant;Nom;Prénom;Date de naissance;Tél.;Adresse;CP;Ville;Quartier;RSA;Observations"];
  const dup = 300;
  const errors = 100;
  const fresh = ROWS - known.length - dup - errors;
  known.forEach((u) => lines.push(`;${u.nom};${u.prenom};${fr(u.dateNaissance!)};;;;;;;`));
  for (let i = 0; i < fresh; i++) {
    const born = new Date(Date.UTC(1940 + (i % 60), i % 12, 1 + (i % 28)));
    lines.push(`BI-${i};Importé${i};Élise${i % 97};${fr(born)};6${String(10_000_000 + i).slice(0, 8)};${i} rue de l'Import;59000;Lille;Fives;${i % 3 ? "non" : "oui"};Reprise du fichier de l'année`);
  }
  for (let i = 0; i < dup; i++) lines.push(`BI-${i};Importé${i};Élise${i % 97};${fr(new Date(Date.UTC(1940 + (i % 60), i % 12, 1 + (i % 28))))};;;;;;;`);
  for (let i = 0; i < errors; i++) lines.push(`;Erreur${i};Ligne;31/02/1980;;;;;;peut-être;`);
  const bytes = new Uint8Array(iconv.encode(`${lines.join("\r\n")}\r\n`, "win1252"));

  const upload = await elapsed(() => createImportFromFile(actor, { name: FILE_NAME, bytes }));
  const jobId = upload.value.jobId;
  const job = await loadImportJob(actor, jobId);
  const preview = await elapsed(() => saveImportMapping(actor, { jobId, columns: job.mapping, saveForNext: false }));
  const groups = await importGroupCounts(actor, jobId);
  const commit = await elapsed(() => runImportJob(actor, jobId));
  const done = await loadImportJob(actor, jobId);

  // Leave the bench database as it was: the dossiers created (and their rows) go, with the job.
  await removeRun(jobId);
  const usagers = await db.usager.count({ where: { structureId: actor.structureId } });
  process.stdout.write(JSON.stringify({
    rows: ROWS, bytes: bytes.length, usagers, groups, status: commit.value,
    counts: { created: done.created, updated: done.updated, skipped: done.skipped, errors: done.errors },
    uploadMs: upload.ms, previewMs: preview.ms, commitMs: commit.ms,
  }));
  await db.$disconnect();
}

main().catch((error) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exit(1);
});
