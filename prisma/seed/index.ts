// `npm start` runs this on every start: each part of the demo data is created once, when it is
// missing, so a database seeded by an older version gains the newer parts.
import { db } from "@/lib/db";
import { loadFoundation, seedFoundation } from "./foundation";
import { seedUsagers } from "./usagers";
import { seedFiches } from "./fiches";
import { seedAccompagnementsEtAides } from "./suivi";
import { seedAnnuaireEtOrientations } from "./annuaire";
import { seedAteliers } from "./ateliers";
import { seedAgenda } from "./agenda";
import { seedDomiciliation } from "./domiciliation";
import { seedCourriers } from "./courriers";
import { seedSignalements } from "./signalements";
import { seedHistoires } from "./histoires";

export async function seedDemo(): Promise<string[]> {
  const created: string[] = [];
  const hasFoundation = await db.structure.findUnique({ where: { name: "CCAS de Démo" } });
  const foundation = hasFoundation ? await loadFoundation(db) : await seedFoundation(db);
  if (!hasFoundation) created.push("structures, sites et comptes");
  if ((await db.usager.count({ where: { structureId: foundation.demo.id } })) === 0) {
    await seedUsagers(db, foundation);
    created.push("usagers");
  }
  if ((await db.accompagnement.count({ where: { structureId: foundation.demo.id } })) === 0) {
    await seedAccompagnementsEtAides(db, foundation);
    created.push("accompagnements et aides");
  }
  if ((await db.ficheLiaison.count({ where: { structureId: foundation.demo.id } })) === 0) {
    await seedFiches(db, foundation);
    created.push("fiches de liaison");
  }
  if ((await db.partenaire.count({ where: { structureId: foundation.demo.id } })) === 0) {
    await seedAnnuaireEtOrientations(db, foundation);
    created.push("annuaire et orientations");
  }
  if ((await db.atelier.count({ where: { structureId: foundation.demo.id } })) === 0) {
    await seedAteliers(db, foundation);
    created.push("ateliers collectifs");
  }
  if ((await db.permanence.count({ where: { structureId: foundation.demo.id } })) === 0) {
    await seedAgenda(db, foundation);
    created.push("agenda (permanences et rendez-vous)");
  }
  if ((await db.domiciliation.count({ where: { structureId: foundation.demo.id } })) === 0) {
    await seedDomiciliation(db, foundation);
    created.push("domiciliations et courrier");
  }
  if ((await db.courrierModele.count({ where: { structureId: foundation.demo.id } })) === 0) {
    await seedCourriers(db, foundation);
    created.push("courriers (en-tête et modèle)");
  }
  if (!(await db.structureSettings.findFirst({ where: { structureId: foundation.demo.id, signalementCode: { not: null } } }))) {
    await seedSignalements(db, foundation);
    created.push("page de signalement et maraude");
  }
  // Once for the histories, once a day for the day's rendez-vous (histoires.ts).
  created.push(...(await seedHistoires(db, foundation)));
  return created;
}

const isMain = process.argv[1]?.endsWith("prisma/seed/index.ts");
if (isMain) {
  seedDemo()
    .then((created) => {
      console.log(created.length ? `Données de démonstration créées : ${created.join(", ")}.` : "Données de démonstration déjà présentes.");
      return db.$disconnect();
    })
    .catch(async (error) => {
      console.error("Échec du remplissage des données de démonstration :", error);
      await db.$disconnect();
      process.exit(1);
    });
}
