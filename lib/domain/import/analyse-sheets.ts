// The preview of a members or contacts sheet: each row checked, then tied to its dossier — a row
// of the dossiers' sheet (same N° de dossier / identifiant, else same name and birth date) or a
// dossier of the structure — and sorted: in error (unreadable, or no dossier found), already in
// the dossier (a re-import: nothing is written twice), repeated in the sheet, or new.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { importTargetScopeSql } from "@/lib/auth/scopes/import";
import { normalizeText } from "@/lib/domain/shared/normalize";
import { findLikelyDuplicatesMany } from "@/lib/domain/usagers/duplicates";
import { dossiersNamed, loadReferents } from "./analyse";
import { checkRow, type ReferentIndex } from "./row-input";
import { checkSheetRow, type ImportSheet, type SheetRole, type SheetRowCheck } from "./sheet-fields";
import type { ImportField } from "./fields";

export const IMPORTED_OBJET = "Repris d'un fichier";

type Row = { id: string; line: number; cells: string[] };
export type SheetAnalysed = {
  id: string; group: "NEW" | "MATCH" | "FILE_DUPLICATE" | "ERROR"; errors: Record<string, string> | null;
  matchId: string | null; numero: string | null; label: string; parentRowId: string | null;
};

const personKey = (nom: string, prenom: string, birth: string) => `${normalizeText(nom)}|${normalizeText(prenom)}|${birth}`;

/** The dossiers' rows of the file by identifier and by person, first occurrence only. */
function mainIndex(mainRows: Row[], mapping: (ImportField | "")[], referents: ReferentIndex, today: Date) {
  const byId = new Map<string, Row>();
  const byPerson = new Map<string, Row>();
  for (const r of mainRows) {
    const c = checkRow(r.cells, mapping, referents, today);
    if (!c.ok) continue;
    const id = c.extras.numeroDossier.trim().toLowerCase();
    if (id && !byId.has(id)) byId.set(id, r);
    const p = personKey(c.input.nom, c.input.prenom, c.input.dateNaissance);
    if (c.input.dateNaissance && !byPerson.has(p)) byPerson.set(p, r);
  }
  return { byId, byPerson };
}

/** What each existing dossier already holds: members' keys, or imported contacts' keys. */
export async function existingKeys(role: SheetRole, usagerIds: string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (let i = 0; i < usagerIds.length; i += 5_000) {
    const chunk = usagerIds.slice(i, i + 5_000);
    if (role === "foyer") {
      const members = await db.foyerMembre.findMany({ where: { usagerId: { in: chunk } }, select: { usagerId: true, nom: true, prenom: true, dateNaissance: true } });
      for (const m of members) keys.add(`${m.usagerId}|${personKey(m.nom, m.prenom, m.dateNaissance.toISOString().slice(0, 10))}`);
    } else {
      const contacts = await db.entretien.findMany({ where: { usagerId: { in: chunk }, objetPrecision: IMPORTED_OBJET }, select: { usagerId: true, date: true, resume: true } });
      for (const e of contacts) keys.add(`${e.usagerId}|${e.date.toISOString().slice(0, 10)}|${normalizeText(e.resume).slice(0, 200)}`);
    }
  }
  return keys;
}

export async function analyseSheetRows(actor: Actor, sheet: ImportSheet, rows: Row[], mainRows: Row[], mainMapping: (ImportField | "")[], today = new Date()): Promise<SheetAnalysed[]> {
  if (!sheet.role) {
    return rows.map((r) => ({ id: r.id, group: "ERROR", errors: { _row: "Feuille non importée : choisissez ce qu'elle contient pour l'importer." }, matchId: null, numero: null, label: "", parentRowId: null }));
  }
  const role = sheet.role;
  const referents = await loadReferents(actor);
  const checks: SheetRowCheck[] = rows.map((r) => checkSheetRow(role, r.cells, sheet.mapping, referents, today));
  const { byId, byPerson } = mainIndex(mainRows, mainMapping, referents, today);

  // Dossiers of the structure the file names and which are not rows of the file.
  const known = new Map<string, { id: string; numeroDossier: string }>();
  for (const u of await dossiersNamed(actor, checks.flatMap((c) => (c.ok && c.link.dossier && !byId.has(c.link.dossier.toLowerCase()) ? [c.link.dossier] : [])))) {
    known.set(u.numeroDossier.toLowerCase(), u);
    if (u.externalId) known.set(u.externalId.toLowerCase(), u);
  }
  const byRule = checks.flatMap((c, key) => (c.ok && !c.link.dossier && !byPerson.has(personKey(c.link.nom, c.link.prenom, c.link.dateNaissance))
    ? [{ key, nom: c.link.nom, prenom: c.link.prenom, dateNaissance: c.link.dateNaissance }] : []));
  const likely = await findLikelyDuplicatesMany(importTargetScopeSql(actor, "u"), byRule);

  const out: SheetAnalysed[] = checks.map((c, i) => {
    const base = { id: rows[i]!.id, matchId: null, numero: null, parentRowId: null, label: c.label };
    if (!c.ok) return { ...base, group: "ERROR", errors: c.errors };
    const fromFile = c.link.dossier ? byId.get(c.link.dossier.toLowerCase()) : byPerson.get(personKey(c.link.nom, c.link.prenom, c.link.dateNaissance));
    if (fromFile) return { ...base, group: "NEW", errors: null, parentRowId: fromFile.id, label: `${c.label} (dossier de la ligne ${fromFile.line})` };
    const existing = c.link.dossier ? known.get(c.link.dossier.toLowerCase()) : likely.get(i);
    if (existing) return { ...base, group: "NEW", errors: null, matchId: existing.id, numero: existing.numeroDossier };
    const which = c.link.dossier ? `N° de dossier ${c.link.dossier}` : `${c.link.nom} ${c.link.prenom}${c.link.dateNaissance ? `, né·e le ${c.link.dateNaissance.split("-").reverse().join("/")}` : ""}`;
    return { ...base, group: "ERROR", errors: { dossier: `Dossier introuvable (${which.slice(0, 80)}) : ni dans la feuille des dossiers, ni dans votre structure.` } };
  });

  // Already in the dossier (a second run of the same file), or twice in the sheet.
  const existingIds = [...new Set(out.flatMap((a) => (a.group === "NEW" && a.matchId ? [a.matchId] : [])))];
  const held = await existingKeys(role, existingIds);
  const seen = new Map<string, number>();
  out.forEach((a, i) => {
    const c = checks[i]!;
    if (a.group !== "NEW" || !c.ok) return;
    const key = `${a.parentRowId ?? a.matchId}|${c.key}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      Object.assign(a, { group: "FILE_DUPLICATE", errors: { _row: `Même ${role === "foyer" ? "membre" : "contact"} que la ligne ${earlier} de la feuille.` } });
      return;
    }
    seen.set(key, rows[i]!.line);
    if (a.matchId && held.has(`${a.matchId}|${c.key}`)) {
      Object.assign(a, { group: "MATCH", errors: null });
    }
  });
  return out;
}
