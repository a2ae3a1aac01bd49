import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production-0123456789abcdef";
process.env.LOG_LEVEL ??= "warn";
// Files written by server actions (pièces jointes, generated letters) go to a temporary folder,
// not to the worktree's .data/documents.
process.env.DOCUMENTS_DIR ??= path.join(os.tmpdir(), `passerelle-vitest-documents-${process.pid}`);
