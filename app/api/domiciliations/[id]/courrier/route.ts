// The domiciliation letter (attestation, refusal or end, after the status), generated on each
// request (never stored, never cached): the domain checks the rule and writes the audit row;
// anyone else gets the same 404 as a missing id.
import { getDomiciliationLetter } from "@/lib/domain/domiciliation/letters";
import { PDF, downloadRoute } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute<{ id: string }>(async ({ actor, params }) => {
  const letter = await getDomiciliationLetter(actor, params.id);
  return letter && { body: letter.pdf, filename: letter.filename, contentType: PDF };
});
