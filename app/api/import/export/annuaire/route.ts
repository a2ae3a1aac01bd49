// GET /api/import/export/annuaire?format=csv|xlsx — the annuaire's active services in the
// annuaire import's format (to edit in Excel and import again). RESPONSABLE and ADMIN, who import
// and edit the annuaire; anyone else gets the same 404.
import { importFormatFile } from "@/lib/domain/import/export";
import { downloadRoute } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(({ actor, search }) => importFormatFile(actor, "annuaire", search.get("format")));
