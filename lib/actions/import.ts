"use server";

// The import's forms (the upload itself is a route handler: app/api/import/route.ts, decision
// 0047). The commit is claimed here, in the request, then runs after the answer (next/server
// `after`); the page follows its progress in the database.
import { after } from "next/server";
import { runAction } from "@/lib/actions/run-action";
import type { Actor } from "@/lib/auth/actor";
import { cancelImport, saveImportMapping, saveImportSheetMapping, setImportGroupChoices, setImportRowChoice } from "@/lib/domain/import/commands";
import { claimImportJob, continueImportJob } from "@/lib/domain/import/run-job";
import { ZGroupChoices, ZImportJobRef, ZImportMapping, ZImportSheetMapping, ZRowChoice } from "@/lib/domain/import/schemas";
import { log } from "@/lib/log";

const page = (r: { jobId: string }) => `/parametres/import/${r.jobId}`;

export async function saveImportMappingAction(input: unknown, form?: unknown) {
  return runAction(ZImportMapping, form ?? input, (actor, data) => saveImportMapping(actor, data), { redirectTo: page });
}

/** What another sheet of the workbook holds (members, contacts) and its columns. */
export async function saveImportSheetMappingAction(input: unknown, form?: unknown) {
  return runAction(ZImportSheetMapping, form ?? input, (actor, data) => saveImportSheetMapping(actor, data), { redirectTo: (r) => `${page(r)}#import-feuilles` });
}

export async function setImportGroupChoicesAction(input: unknown, form?: unknown) {
  return runAction(ZGroupChoices, form ?? input, setImportGroupChoices, { revalidate: ["/parametres/import"], redirectTo: page });
}

export async function setImportRowChoiceAction(input: unknown, form?: unknown) {
  return runAction(ZRowChoice, form ?? input, setImportRowChoice, { revalidate: ["/parametres/import"] });
}

async function inBackground(actor: Actor, jobId: string) {
  const run = () => continueImportJob(actor, jobId).catch((err) => log.error({ err: err instanceof Error ? err.message : String(err), jobId }, "import_run_failed"));
  try {
    after(run);
  } catch {
    // Outside a request (tests, scripts) `after` throws: the run happens before the answer.
    await run();
  }
}

/** Starts the commit, or resumes it after a failure or an interruption. */
export async function startImportAction(input: unknown, form?: unknown) {
  return runAction(ZImportJobRef, form ?? input, async (actor, data) => {
    const claimed = await claimImportJob(actor, data.jobId);
    await inBackground(actor, data.jobId);
    return claimed;
  }, { redirectTo: page });
}

export async function cancelImportAction(input: unknown, form?: unknown) {
  return runAction(ZImportJobRef, form ?? input, cancelImport, { revalidate: ["/parametres/import"], redirectTo: page });
}
