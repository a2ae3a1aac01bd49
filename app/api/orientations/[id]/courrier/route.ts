// The courrier d'orientation, generated on each request (never stored, never cached): the
// domain checks the rule and writes the audit row; anyone else gets the same 404 as a missing id.
import { getCourrier } from "@/lib/domain/orientations/detail";
import { PDF, downloadRoute } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute<{ id: string }>(async ({ actor, params }) => {
  const courrier = await getCourrier(actor, params.id);
  return courrier && { body: courrier.pdf, filename: courrier.filename, contentType: PDF };
});
