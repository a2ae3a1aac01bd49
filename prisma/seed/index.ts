// `npm start` runs this once per database: it fills the demo data unless the demo structure exists.
import { db } from "@/lib/db";
import { seedFoundation } from "./foundation";
import { seedUsagers } from "./usagers";

export async function seedDemo() {
  const existing = await db.structure.findUnique({ where: { name: "CCAS de Démo" } });
  if (existing) return false;
  await seedUsagers(db, await seedFoundation(db));
  return true;
}

const isMain = process.argv[1]?.endsWith("prisma/seed/index.ts");
if (isMain) {
  seedDemo()
    .then((created) => {
      console.log(created ? "Données de démonstration créées." : "Données de démonstration déjà présentes.");
      return db.$disconnect();
    })
    .catch(async (error) => {
      console.error("Échec du remplissage des données de démonstration :", error);
      await db.$disconnect();
      process.exit(1);
    });
}
