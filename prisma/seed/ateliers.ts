// Demo collective workshops: a few held (with attendance), one cancelled, a few upcoming (one full
// with a waiting list), with the demo usagers Dupont Amélie, Lefèvre François and N'Diaye Aïssatou
// among the participants. Dates are relative to today; the audit rows give each participant's
// timeline its registration and attendance. Called by prisma/seed/index.ts when there is none.
import type { Db } from "@/lib/db";
import { TZDate } from "@date-fns/tz";
import { PARIS, parisToday } from "@/lib/domain/shared/paris-time";
import type { AtelierTheme, Presence } from "@/lib/domain/ateliers/labels";

type SeedStructure = { id: string; users: { id: string; email: string }[] };
type Foundation = { demo: SeedStructure };

/** Today in Paris plus `days`, at hh:mm Paris time, as a UTC instant. */
function parisAt(days: number, hh: number, mm = 0): Date {
  const [y, m, d] = parisToday().split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + days, hh, mm, PARIS).getTime());
}

type Seed = {
  titre: string; theme: AtelierTheme; days: number; hour: number; duree: number; site: string | null; adresse?: string;
  capacite: number; listeAttente?: boolean; animateur: string; partenaire?: string; description: string;
  status: "PLANIFIE" | "REALISE" | "ANNULE";
  /** Participants: index in the usager list and attendance (held workshops); "attente" = waiting list. */
  participants: [number, Presence | null | "attente"][];
};

const SEEDS: Seed[] = [
  {
    titre: "Gérer son budget au quotidien", theme: "BUDGET", days: -21, hour: 14, duree: 120, site: "Maison des Solidarités Centre", capacite: 10,
    animateur: "ts@demo.passerelle.fr", partenaire: "Point conseil budget", status: "REALISE",
    description: "Construire son budget mensuel, repérer les dépenses contraintes, anticiper les factures annuelles.",
    participants: [[0, "PRESENT"], [1, "ABSENT"], [2, "PRESENT"], [3, "PRESENT"], [4, "EXCUSE"], [5, "PRESENT"]],
  },
  {
    titre: "Économiser l'énergie à la maison", theme: "ECO_GESTES", days: -9, hour: 9, duree: 90, site: "Mairie de quartier de Fives", capacite: 12,
    animateur: "ts2@demo.passerelle.fr", status: "REALISE",
    description: "Lire sa facture d'électricité, les gestes simples, le chèque énergie.",
    participants: [[0, "PRESENT"], [2, "ABSENT"], [6, "PRESENT"], [7, "PRESENT"]],
  },
  {
    titre: "Parents d'ados : en parler", theme: "PARENTALITE", days: -4, hour: 18, duree: 120, site: null, adresse: "Centre social de Moulins, 1 rue d'Arras, Lille",
    capacite: 15, animateur: "ts@demo.passerelle.fr", status: "ANNULE",
    description: "Échanges entre parents animés avec une psychologue. Annulé : salle indisponible.",
    participants: [[2, null], [8, null]],
  },
  {
    titre: "Faire ses démarches en ligne", theme: "NUMERIQUE", days: 6, hour: 10, duree: 120, site: "Maison des Solidarités Centre", capacite: 8,
    animateur: "ts@demo.passerelle.fr", partenaire: "Écrivain public", status: "PLANIFIE",
    description: "Créer son compte Ameli, CAF et France Travail ; les mots de passe ; où se faire aider.",
    participants: [[0, null], [1, null], [9, null]],
  },
  {
    titre: "Préparer un entretien d'embauche", theme: "EMPLOI", days: 13, hour: 14, duree: 150, site: "Hôtel de Ville", capacite: 12,
    animateur: "responsable@demo.passerelle.fr", partenaire: "Pôle insertion RSA – Direction territoriale de Lille", status: "PLANIFIE",
    description: "Se présenter, parler de son parcours, simulations d'entretien.",
    participants: [[1, null], [5, null]],
  },
  {
    titre: "Bien manger avec un petit budget", theme: "ALIMENTATION", days: 20, hour: 10, duree: 180, site: "Mairie de quartier de Fives", capacite: 4,
    animateur: "ts2@demo.passerelle.fr", partenaire: "Épicerie solidaire Le Panier partagé", status: "PLANIFIE",
    description: "Atelier cuisine : menus de la semaine, produits de saison, repas partagé.",
    participants: [[2, null], [3, null], [6, null], [7, null], [8, "attente"]],
  },
];

export async function seedAteliers(db: Db, foundation: Foundation) {
  const structureId = foundation.demo.id;
  const user = (email: string) => foundation.demo.users.find((u) => u.email === email)!.id;
  const [sites, partenaires, fixed, others] = await Promise.all([
    db.site.findMany({ where: { structureId }, select: { id: true, name: true } }),
    db.partenaire.findMany({ where: { structureId }, select: { id: true, nom: true } }),
    db.usager.findMany({
      where: { structureId, status: { not: "ARCHIVE" }, OR: [{ nom: "Dupont", prenom: "Amélie" }, { nom: "Lefèvre", prenom: "François" }, { nom: "N'Diaye", prenom: "Aïssatou" }] },
      select: { id: true, nom: true },
    }),
    db.usager.findMany({ where: { structureId, status: "ACTIF" }, select: { id: true }, orderBy: { numeroDossier: "asc" }, take: 20 }),
  ]);
  const order = ["Dupont", "Lefèvre", "N'Diaye"].map((n) => fixed.find((u) => u.nom === n)?.id).filter((x): x is string => !!x);
  const usagers = [...order, ...others.map((o) => o.id).filter((id) => !order.includes(id))];
  for (const s of SEEDS) {
    const debut = parisAt(s.days, s.hour);
    const animateurId = user(s.animateur);
    const createdAt = parisAt(Math.min(s.days, 0) - 20, 11);
    const atelier = await db.atelier.create({
      data: {
        structureId, titre: s.titre, theme: s.theme, debut, dureeMinutes: s.duree, siteId: sites.find((x) => x.name === s.site)?.id ?? null,
        adresse: s.site ? null : (s.adresse ?? null), capacite: s.capacite, listeAttente: s.listeAttente ?? true, animateurId,
        partenaireId: partenaires.find((p) => p.nom === s.partenaire)?.id ?? null, description: s.description, status: s.status,
        createdById: animateurId, createdAt,
      },
    });
    await db.auditLog.create({ data: { at: createdAt, actorId: animateurId, structureId, action: "atelier.create", entityType: "Atelier", entityId: atelier.id, details: { theme: s.theme } } });
    for (const [k, [index, presence]] of s.participants.entries()) {
      const usagerId = usagers[index];
      if (!usagerId) continue;
      const inscritLe = new Date(createdAt.getTime() + (k + 1) * 3_600_000);
      const status = presence === "attente" ? "ATTENTE" as const : "INSCRIT" as const;
      const row = await db.atelierInscription.create({
        data: { structureId, atelierId: atelier.id, usagerId, status, inscritLe, presence: presence === "attente" ? null : presence },
      });
      await db.auditLog.create({
        data: { at: inscritLe, actorId: animateurId, structureId, action: "atelier.inscription", entityType: "AtelierInscription", entityId: row.id, details: { atelierId: atelier.id, usagerId, status } },
      });
      if (presence && presence !== "attente") {
        await db.auditLog.create({
          data: {
            at: new Date(debut.getTime() + (s.duree + 30) * 60_000), actorId: animateurId, structureId, action: "atelier.presence",
            entityType: "AtelierInscription", entityId: row.id, details: { atelierId: atelier.id, usagerId, presence },
          },
        });
      }
    }
  }
}
