// The live count across instances: two hubs (two app instances' LISTEN connections) on the same
// database; a mention committed through one process's code reaches the other within 2 s, through
// PostgreSQL NOTIFY only. A rolled-back change signals nothing; a killed connection (database
// restart) is re-established and the streams are told to count again.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTransmission } from "@/lib/domain/transmissions/commands";
import { ZTransmission } from "@/lib/domain/transmissions/schemas";
import { notify } from "@/lib/domain/notifications/notify";
import { countUnreadNotifications } from "@/lib/domain/notifications/queries";
import { LISTEN_APPLICATION_NAME, NotificationHub } from "@/lib/domain/notifications/live";
import { env } from "@/lib/env";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

let hubs: NotificationHub[] = [];
beforeEach(resetDb);
afterEach(async () => { await Promise.all(hubs.map((h) => h.close())); hubs = []; });

const newHub = () => { const h = new NotificationHub(env().DATABASE_URL, 1_000); hubs.push(h); return h; };
/** Resolves with the time it took for `listener` to be called, or rejects after `ms`. */
function nextSignal(hub: NotificationHub, userId: string, ms: number) {
  const t0 = Date.now();
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => { off(); reject(new Error(`aucun signal en ${ms} ms`)); }, ms);
    const off = hub.subscribe(userId, () => { clearTimeout(timer); off(); resolve(Date.now() - t0); });
  });
}

describe("live notifications through LISTEN/NOTIFY", () => {
  it("a mention made on instance A raises the count seen on instance B within 2 s", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
    const [a, b] = [newHub(), newHub()];
    await Promise.all([a.ready(), b.ready()]);
    const heard = nextSignal(b, w.users.ts2.id, 2_000);
    const notHeard = nextSignal(b, w.users.ts.id, 2_000).then(() => "signal", () => "rien");
    await createTransmission(w.actors.TRAVAILLEUR_SOCIAL, ZTransmission.parse({ usagerId: usager.id, texte: "Peux-tu rappeler ?", mentions: [w.users.ts2.id] }));
    expect(await heard).toBeLessThan(2_000);
    expect(await countUnreadNotifications(w.actors.TS2)).toBe(1);
    expect(await notHeard).toBe("rien");
  });

  it("signals nothing for a change that is rolled back", async () => {
    const w = await makeWorld();
    const hub = newHub();
    await hub.ready();
    const heard = nextSignal(hub, w.users.ts2.id, 1_000).then(() => "signal", () => "rien");
    await db.$transaction(async (tx) => {
      await notify(tx, w.actors.TRAVAILLEUR_SOCIAL, { kind: "TACHE_ASSIGNEE", to: [w.users.ts2.id], href: "/a-faire", title: "Tâche" });
      throw new Error("rollback");
    }).catch(() => {});
    expect(await heard).toBe("rien");
    expect(await db.notification.count()).toBe(0);
  });

  it("survives the loss of its connection (database restart): it reconnects, resyncs, and hears again", async () => {
    const w = await makeWorld();
    const hub = newHub();
    const resync = nextSignal(hub, w.users.ts2.id, 8_000);
    await hub.ready();
    const killed = await db.$queryRaw<{ n: number }[]>`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = ${LISTEN_APPLICATION_NAME} AND datname = current_database() AND pid <> pg_backend_pid()`;
    expect(killed[0]!.n).toBeGreaterThanOrEqual(1);
    // Signals may have been lost meanwhile: the open streams are told to count again.
    await resync;
    const heard = nextSignal(hub, w.users.ts2.id, 2_000);
    await db.$transaction((tx) => notify(tx, w.actors.TRAVAILLEUR_SOCIAL, { kind: "TACHE_ASSIGNEE", to: [w.users.ts2.id], href: "/a-faire", title: "Tâche" }));
    expect(await heard).toBeLessThan(2_000);
  });
});
