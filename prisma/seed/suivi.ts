// Demo suivi social (accompagnements with their plan, aides facultatives) for the dossiers the
// usagers seed created: ~60 accompagnements and ~120 aids in the CCAS de Démo, a few in the CCAS
// Voisin (to show that structures never see each other's). Seeded PRNG: the same data on every
// run, with dates placed relative to today like the usagers' contacts. The three dossiers the
// end-to-end tests use (Lefèvre, Dupont, N'Diaye) are left without accompagnement or aid.
import type { Db } from "@/lib/db";
import type { loadFoundation } from "./foundation";
import { DEFAULT_CHARGES_RETENUES } from "@/lib/domain/usagers/budget-types";
import type { SeedUsager, Workers } from "./suivi-context";
import { buildAccompagnements, type AccompagnementRows } from "./suivi-accompagnements";
import { buildAides, type AideRows } from "./suivi-aides";
import { mulberry32 } from "./usagers-random";

type Foundation = Awaited<ReturnType<typeof loadFoundation>>;
type Structure = Foundation["demo"];

const E2E_ANCHORS = [["Lefèvre", "François"], ["Dupont", "Amélie"], ["N'Diaye", "Aïssatou"]];

async function loadUsagers(db: Db, structureId: string): Promise<SeedUsager[]> {
  const [rows, settings] = await Promise.all([
    db.usager.findMany({
      where: { structureId },
      select: {
        id: true, structureId: true, nom: true, prenom: true, status: true, createdAt: true, lastContactAt: true, logementStatut: true,
        referents: { select: { userId: true }, orderBy: { assignedAt: "asc" } },
        budget: { select: { kind: true, type: true, montantCents: true } },
      },
      orderBy: { numeroDossier: "asc" },
    }),
    db.structureSettings.findUnique({ where: { structureId }, select: { chargesRetenues: true } }),
  ]);
  const retenues = settings?.chargesRetenues ?? DEFAULT_CHARGES_RETENUES;
  return rows
    .filter((u) => !E2E_ANCHORS.some(([nom, prenom]) => u.nom === nom && u.prenom === prenom))
    .map((u) => ({
      id: u.id, structureId: u.structureId, status: u.status, createdAt: u.createdAt, lastContactAt: u.lastContactAt,
      logementStatut: u.logementStatut, referentIds: u.referents.map((r) => r.userId),
      // What the household has left each month before any repayment plan (reste à vivre "disponible").
      disponibleCents: u.budget.reduce((s, l) => s + (l.kind === "RESSOURCE" ? l.montantCents : retenues.includes(l.type) ? -l.montantCents : 0), 0),
    }));
}

function workersOf(structure: Structure, weights: Record<string, number>, male: string[]): Workers {
  const id = (email: string) => {
    const user = structure.users.find((u) => u.email === email);
    if (!user) throw new Error(`Compte de démonstration introuvable : ${email}`);
    return user.id;
  };
  return {
    weights: Object.fromEntries(Object.entries(weights).map(([email, w]) => [id(email), w])),
    responsableId: structure.users.find((u) => u.role === "RESPONSABLE")?.id ?? null,
    male: new Set(male.map(id)),
  };
}

export async function seedAccompagnementsEtAides(db: Db, foundation: Foundation) {
  const now = new Date();
  const parts = [
    { structure: foundation.demo, seed: 0x2026_5017, accompagnements: 60, aides: 120, onlyPending: false,
      workers: workersOf(foundation.demo, { "ts@demo.passerelle.fr": 45, "ts2@demo.passerelle.fr": 45, "responsable@demo.passerelle.fr": 10 }, ["ts2@demo.passerelle.fr"]) },
    { structure: foundation.voisin, seed: 0x2026_50b0, accompagnements: 3, aides: 6, onlyPending: true,
      workers: workersOf(foundation.voisin, { "ts@autre.passerelle.fr": 1 }, []) },
  ];
  const built: { acc: AccompagnementRows; aides: AideRows }[] = [];
  for (const p of parts) {
    const rng = mulberry32(p.seed);
    const usagers = await loadUsagers(db, p.structure.id);
    const acc = buildAccompagnements(rng, now, usagers, p.workers, p.accompagnements);
    const aides = buildAides(rng, now, usagers, p.workers, acc.windows, p.aides, p.onlyPending);
    built.push({ acc, aides });
  }
  const all = <T>(f: (b: (typeof built)[number]) => T[]) => built.flatMap(f);
  // All or nothing: a failed seed leaves no half-built suivi behind.
  await db.$transaction([
    db.accompagnement.createMany({ data: all((b) => b.acc.accompagnements) }),
    db.planObjectif.createMany({ data: all((b) => b.acc.objectifs) }),
    db.planAction.createMany({ data: all((b) => b.acc.actions) }),
    db.dette.createMany({ data: all((b) => b.acc.dettes) }),
    db.etapeExpulsion.createMany({ data: all((b) => b.acc.etapes) }),
    db.contactMaraude.createMany({ data: all((b) => b.acc.contacts) }),
    db.aide.createMany({ data: all((b) => b.aides.aides) }),
    db.auditLog.createMany({ data: all((b) => [...b.acc.audit, ...b.aides.audit]) }),
  ]);
  return { accompagnements: all((b) => b.acc.accompagnements).length, aides: all((b) => b.aides.aides).length };
}
