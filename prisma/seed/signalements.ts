// The public signalement page of the demo structure (/signaler/ccas-demo), the demo TS on the
// maraude team, and one invented report waiting in the inbox. Run once (see index.ts).
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Foundation = { demo: { id: string; users: { id: string; email: string }[] } };

export async function seedSignalements(db: PrismaClient, { demo }: Foundation) {
  const settings = { signalementActif: true, signalementCode: "ccas-demo", signalementCommunes: ["Lille", "Hellemmes", "Lomme"] };
  await db.structureSettings.upsert({ where: { structureId: demo.id }, create: { structureId: demo.id, chargesRetenues: [], ...settings }, update: settings });
  const ts = demo.users.find((u) => u.email === "ts@demo.passerelle.fr");
  if (ts) await db.user.update({ where: { id: ts.id }, data: { maraude: true } });
  const now = new Date();
  await db.signalement.upsert({
    where: { reference: "S-DEMO-0001" },
    update: {},
    create: {
      structureId: demo.id, reference: "S-DEMO-0001", reporterEmail: "voisine@exemple.fr",
      personne: "Un homme d'une soixantaine d'années, barbe grise, avec un chien", lieu: "Sous l'auvent de la station de métro Gambetta, le soir",
      commune: "Lille", quartier: "Wazemmes", situation: "Il y dort depuis plusieurs nuits et semble avoir froid.",
      status: "NOUVEAU", statusChangedAt: now, createdAt: now, events: { create: { status: "NOUVEAU", at: now } },
    },
  });
}
