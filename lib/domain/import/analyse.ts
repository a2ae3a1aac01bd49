// The preview: every row checked with the creation form's schema, then sorted into groups —
// in error, duplicate of an earlier row of the file, matching a dossier of the structure (same
// N° de dossier or identifier, else the creation form's duplicate rule), or new. Nothing is
// written to the dossiers here; the groups are stored on the rows for the page and the commit.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { importTargetScope, importTargetScopeSql } from "@/lib/auth/scopes/import";
import { workerScope } from "@/lib/auth/scopes/user";
import { normalizeText } from "@/lib/domain/shared/normalize";
import { birthKey, findLikelyDuplicatesMany } from "@/lib/domain/usagers/duplicates";
import { checkRow, referentIndex, type ReferentIndex, type RowCheck } from "./row-input";
import type { ImportField } from "./fields";

/** A Passerelle dossier number (2026-000123); any other identifier is the file's own. */
export const isPasserelleNumero = (v: string) => /^\d{4}-\d{6}$/.test(v);

export async function loadReferents(actor: Actor): Promise<ReferentIndex> {
  const users = await db.user.findMany({ where: { AND: [workerScope(actor), { status: "ACTIVE" }] }, select: { id: true, firstName: true, lastName: true, email: true } });
  return referentIndex(users);
}

/** The structure's dossiers a file names, by Passerelle number or by the file's identifier: one query per 5,000. */
export async function dossiersNamed(actor: Actor, names: string[]) {
  const ids = [...new Set(names)];
  const found: { id: string; numeroDossier: string; externalId: string | null }[] = [];
  for (let i = 0; i < ids.length; i += 5_000) {
    const chunk = ids.slice(i, i + 5_000);
    found.push(...await db.usager.findMany({
      where: { AND: [importTargetScope(actor), { OR: [{ numeroDossier: { in: chunk.filter(isPasserelleNumero) } }, { externalId: { in: chunk } }] }] },
      select: { id: true, numeroDossier: true, externalId: true },
    }));
  }
  return found;
}

type Analysed = { id: string; group: "NEW" | "MATCH" | "FILE_DUPLICATE" | "ERROR"; errors: Record<string, string> | null; matchId: string | null; numero: string | null; label: string };

export function personKey(c: Extract<RowCheck, { ok: true }>) {
  const id = c.extras.numeroDossier.trim();
  return id ? `id:${id.toLowerCase()}` : `p:${normalizeText(c.input.nom)}|${normalizeText(c.input.prenom)}|${c.input.dateNaissance || c.input.anneeNaissance}`;
}

export async function analyseRows(actor: Actor, rows: { id: string; position: number; line: number; cells: string[] }[], mapping: (ImportField | "")[], today = new Date()) {
  const referents = await loadReferents(actor);
  const checks = rows.map((r) => checkRow(r.cells, mapping, referents, today));
  const out: Analysed[] = rows.map((r, i) => {
    const c = checks[i]!;
    return c.ok
      ? { id: r.id, group: "NEW", errors: null, matchId: null, numero: null, label: `${c.input.nom} ${c.input.prenom}` }
      : { id: r.id, group: "ERROR", errors: c.errors as Record<string, string>, matchId: null, numero: null, label: c.label };
  });

  // Dossier numbers and identifiers of the file, looked up in the structure.
  const known = new Map<string, { id: string; numeroDossier: string }>();
  for (const u of await dossiersNamed(actor, checks.flatMap((c) => (c.ok && c.extras.numeroDossier ? [c.extras.numeroDossier] : [])))) {
    known.set(`n:${u.numeroDossier}`, u);
    if (u.externalId) known.set(`e:${u.externalId}`, u);
  }

  const firstLine = new Map<string, number>();
  const byRule: { key: number; nom: string; prenom: string; dateNaissance: string }[] = [];
  checks.forEach((c, i) => {
    if (!c.ok) return;
    const row = out[i]!;
    const key = personKey(c);
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      row.group = "FILE_DUPLICATE";
      row.errors = { _row: `Même personne que la ligne ${earlier} du fichier.` };
      return;
    }
    firstLine.set(key, rows[i]!.line);
    const id = c.extras.numeroDossier;
    if (id) {
      const match = isPasserelleNumero(id) ? (known.get(`n:${id}`) ?? known.get(`e:${id}`)) : known.get(`e:${id}`);
      if (match) {
        Object.assign(row, { group: "MATCH", matchId: match.id, numero: match.numeroDossier });
        return;
      }
      if (isPasserelleNumero(id)) {
        // Another structure's number looks the same as an unknown one: nothing says it exists.
        Object.assign(row, { group: "ERROR", errors: { numeroDossier: `N° de dossier inconnu dans votre structure : ${id}. Videz la cellule pour créer un nouveau dossier.` } });
        return;
      }
    }
    // The creation form's rule, with what the row knows of the birth date (day, year or nothing).
    byRule.push({ key: i, nom: c.input.nom, prenom: c.input.prenom, dateNaissance: birthKey(c.input) });
  });

  const likely = await findLikelyDuplicatesMany(importTargetScopeSql(actor, "u"), byRule);
  for (const [i, match] of likely) Object.assign(out[i]!, { group: "MATCH", matchId: match.id, numero: match.numeroDossier });
  return out;
}

/** The groups written on the rows, a few thousand per statement. */
export async function storeAnalysis(jobId: string, analysed: (Analysed & { parentRowId?: string | null })[]) {
  for (let i = 0; i < analysed.length; i += 2_000) {
    const chunk = analysed.slice(i, i + 2_000);
    await db.$executeRaw(Prisma.sql`
      UPDATE "ImportRow" r SET "group" = v.g::"ImportRowGroup", "cellErrors" = v.e::jsonb, "matchId" = v.m::uuid,
        "dossierNumero" = v.n, label = v.l, "parentRowId" = v.p::uuid, choice = NULL, outcome = NULL, reason = NULL
      FROM unnest(${chunk.map((a) => a.id)}::uuid[], ${chunk.map((a) => a.group)}::text[], ${chunk.map((a) => (a.errors ? JSON.stringify(a.errors) : null))}::text[],
                  ${chunk.map((a) => a.matchId)}::text[], ${chunk.map((a) => a.numero)}::text[], ${chunk.map((a) => a.label)}::text[], ${chunk.map((a) => a.parentRowId ?? null)}::text[]) AS v(id, g, e, m, n, l, p)
      WHERE r.id = v.id AND r."jobId" = ${jobId}::uuid`);
  }
}
