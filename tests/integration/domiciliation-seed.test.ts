// The demo seed of domiciliations: a pending request, one in force with mail, one expiring
// within 30 days, the reception agent; and it shows in the worklists and the register.
import { beforeAll, describe, expect, it } from "vitest";
import { seedFoundation } from "@/prisma/seed/foundation";
import { seedUsagers } from "@/prisma/seed/usagers";
import { seedDomiciliation } from "@/prisma/seed/domiciliation";
import { listDomiciliationWorklists } from "@/lib/domain/domiciliation/queries";
import { getCourrierRegister } from "@/lib/domain/domiciliation/courrier-queries";
import { actorOf } from "../helpers/factories";
import { db, resetDb } from "../helpers/db";

let foundation: Awaited<ReturnType<typeof seedFoundation>>;
beforeAll(async () => {
  await resetDb();
  foundation = await seedFoundation(db);
  await seedUsagers(db, foundation);
  await seedDomiciliation(db, foundation);
}, 120_000);

describe("demo seed: domiciliations", () => {
  it("fills the worklists and the mail register", async () => {
    const ts = actorOf(await db.user.findUniqueOrThrow({ where: { email: "ts@demo.passerelle.fr" } }));
    const lists = await listDomiciliationWorklists(ts);
    expect(lists.decisionsDue).toHaveLength(1);
    expect(lists.expiring).toHaveLength(1);
    expect(lists.enVigueur).toBe(2);
    const accueil = actorOf(await db.user.findUniqueOrThrow({ where: { email: "accueil@demo.passerelle.fr" } }));
    const register = await getCourrierRegister(accueil);
    expect(register!.domiciliations).toHaveLength(2);
    expect(register!.domiciliations.flatMap((d) => d.courriers).filter((c) => c.status === "EN_ATTENTE")).toHaveLength(2);
    // Running it again (a second start) does not duplicate the reception agent.
    expect(await db.user.count({ where: { email: "accueil@demo.passerelle.fr" } })).toBe(1);
  });
});
