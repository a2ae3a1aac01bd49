// Absences (issue 25): one's own or, for the RESPONSABLE, a colleague's; the field errors; what
// the remplaçant receives meanwhile ("en remplacement de …"); the dossier and the list say
// "référent absent jusqu'au …". The agenda feed: a hashed token shown once, the route without
// session, read back by a real iCalendar parser (ical.js) with no name and no motive; revoked or
// guessed → 404; rate-limited per token.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import ICAL from "ical.js";
import { cancelAbsenceAction, createAgendaFeedAction, recordAbsenceAction, revokeAgendaFeedAction } from "@/lib/actions/absences";
import { createTacheAction } from "@/lib/actions/taches";
import { listMyAbsences, listTeamAbsences } from "@/lib/domain/absences/queries";
import { assignFiche, receiveFiche } from "@/lib/domain/fiches/commands";
import { listNotifications } from "@/lib/domain/notifications/queries";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { listUsagers } from "@/lib/domain/usagers/list";
import { parseUsagerListParams } from "@/lib/domain/usagers/list-params";
import { hashFeedToken } from "@/lib/domain/agenda/feeds";
import { AGENDA_FEED_PER_TOKEN } from "@/lib/domain/rate-limit/policies";
import { addDays } from "@/lib/domain/shared/day-range";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { GET as feedRoute } from "@/app/api/agenda/flux/[token]/route";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { sentFiche } from "../helpers/fiches-helpers";
import { teamWorld } from "../helpers/team-world";

beforeEach(resetDb);

const today = () => parisToday();
const errorsOf = (r: { ok: boolean; fieldErrors?: Record<string, string>; formError?: string }): Record<string, string | undefined> => (r.ok ? {} : { ...r.fieldErrors, _: r.formError });

describe("absences", () => {
  it("a TS records their absence with a remplaçant; the RESPONSABLE one for a member; each audited", async () => {
    const { w } = await teamWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const mine = await recordAbsenceAction({ debut: today(), fin: addDays(today(), 4), remplacantId: w.users.ts2.id });
    expect(mine.ok).toBe(true);
    const listed = await listMyAbsences(w.actors.TRAVAILLEUR_SOCIAL);
    expect(listed.mine).toHaveLength(1);
    expect(listed.mine[0]!.remplacant).toBe(`${w.users.ts2.firstName} ${w.users.ts2.lastName}`);
    expect((await listMyAbsences(w.actors.TS2)).remplacements).toHaveLength(1);
    // A TS may not record one for a colleague; the RESPONSABLE may.
    const forOther = await recordAbsenceAction({ userId: w.users.ts2.id, debut: today(), fin: today(), remplacantId: w.users.responsable.id });
    expect(forOther.ok).toBe(false);
    actAs(w.actors.RESPONSABLE);
    expect((await recordAbsenceAction({ userId: w.users.ts2.id, debut: addDays(today(), 10), fin: addDays(today(), 12), remplacantId: w.users.ts.id })).ok).toBe(true);
    expect(await listTeamAbsences(w.actors.RESPONSABLE)).toHaveLength(2);
    expect(await listTeamAbsences(w.actors.TRAVAILLEUR_SOCIAL)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "absence.create" } })).toBe(2);
    // Agent and admin: not found; nothing written.
    for (const role of ["AGENT", "ADMIN"] as const) {
      actAs(w.actors[role]);
      const r = await recordAbsenceAction({ debut: addDays(today(), 20), fin: addDays(today(), 21), remplacantId: w.users.ts2.id });
      expect(r.ok).toBe(false);
    }
    expect(await db.absence.count()).toBe(2);
  });

  it("French field errors: overlap, end before start, self, foreign or disabled remplaçant, 1850 and 2300; nothing written", async () => {
    const { w } = await teamWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await recordAbsenceAction({ debut: addDays(today(), 3), fin: addDays(today(), 6), remplacantId: w.users.ts2.id });
    const disabled = w.users.responsable.id;
    await db.user.update({ where: { id: disabled }, data: { status: "DISABLED" } });
    const base = { debut: addDays(today(), 20), fin: addDays(today(), 22), remplacantId: w.users.ts2.id };
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ debut: addDays(today(), 5), fin: addDays(today(), 8) }, "debut", /chevauchent/],
      [{ fin: addDays(today(), 19) }, "fin", /ne peut pas précéder/],
      [{ remplacantId: w.users.ts.id }, "remplacantId", /elle-même/],
      [{ remplacantId: w.users.otherTs.id }, "remplacantId", /collègue actif de la structure/],
      [{ remplacantId: w.users.agent.id }, "remplacantId", /collègue actif de la structure/],
      [{ remplacantId: disabled }, "remplacantId", /collègue actif de la structure/],
      [{ debut: "1850-01-01" }, "debut", /doit être entre le/],
      [{ fin: "2300-01-01" }, "fin", /doit être entre le/],
      [{ debut: "31/02/2027" }, "debut", /date invalide/],
    ];
    for (const [patch, field, message] of cases) {
      const r = await recordAbsenceAction({ ...base, ...patch });
      expect(r.ok, JSON.stringify(patch)).toBe(false);
      expect(errorsOf(r)[field], JSON.stringify(patch)).toMatch(message);
    }
    expect(await db.absence.count()).toBe(1);
  });

  it("during the absence the remplaçant also receives the fiche and the task, 'en remplacement de'; the dossier and the list say until when", async () => {
    const { w, usager } = await teamWorld();
    await db.usagerReferent.create({ data: { usagerId: usager.id, userId: w.users.ts.id } });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const fin = addDays(today(), 4);
    expect((await recordAbsenceAction({ debut: today(), fin, remplacantId: w.users.ts2.id })).ok).toBe(true);
    const fiche = await sentFiche(w.actors.AGENT, { nom: "Bernard" });
    await receiveFiche(w.actors.RESPONSABLE, { ficheId: fiche.id });
    await assignFiche(w.actors.RESPONSABLE, { ficheId: fiche.id, assigneeId: w.users.ts.id });
    actAs(w.actors.RESPONSABLE);
    expect((await createTacheAction({ titre: "Rappeler la CAF", echeance: today(), assigneeId: w.users.ts.id, usagerId: usager.id })).ok).toBe(true);
    const { rows } = await listNotifications(w.actors.TS2);
    const absent = `${w.users.ts.firstName} ${w.users.ts.lastName}`;
    expect(rows.map((n) => n.kind).sort()).toEqual(["FICHE_ATTRIBUEE", "TACHE_ASSIGNEE"]);
    for (const n of rows) expect(n.title).toContain(`en remplacement de ${absent}`);
    expect(JSON.stringify(rows)).not.toContain("Bernard");
    expect((await listNotifications(w.actors.TRAVAILLEUR_SOCIAL)).rows).toHaveLength(2);
    const dossier = await getUsagerDossier(w.actors.RESPONSABLE, usager.id, { audit: false });
    expect(dossier!.referentAbsentUntil[w.users.ts.id]!.toISOString().slice(0, 10)).toBe(fin);
    const list = await listUsagers(w.actors.RESPONSABLE, parseUsagerListParams({}));
    expect(list.rows.find((r) => r.id === usager.id)!.referents[0]!.absentUntil!.toISOString().slice(0, 10)).toBe(fin);
    // Cancelled: no longer forwarded, no longer shown.
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const absence = await db.absence.findFirstOrThrow();
    expect((await cancelAbsenceAction({ absenceId: absence.id })).ok).toBe(true);
    expect((await getUsagerDossier(w.actors.RESPONSABLE, usager.id, { audit: false }))!.referentAbsentUntil).toEqual({});
    actAs(w.actors.RESPONSABLE);
    await createTacheAction({ titre: "Préparer la commission", echeance: today(), assigneeId: w.users.ts.id });
    expect((await listNotifications(w.actors.TS2)).rows).toHaveLength(2);
  });
});

describe("agenda feed", () => {
  const fetchFeed = (url: string, ip = "198.51.100.7") => {
    const path = new URL(url).pathname;
    const token = path.split("/").pop()!;
    return feedRoute(new Request(`http://localhost${path}`, { headers: { "x-passerelle-client-ip": ip } }), { params: Promise.resolve({ token }) });
  };

  async function feedWorld() {
    const { w, usager } = await teamWorld();
    const site = w.a.sites[0]!;
    const debut = new Date(Date.now() + 2 * 86_400_000);
    await db.rendezVous.create({ data: {
      structureId: w.a.id, usagerId: usager.id, travailleurId: w.users.ts.id, siteId: site.id, kind: "BUREAU", status: "PREVU",
      debut, fin: new Date(debut.getTime() + 3_600_000), lieuPrecision: "Bureau 2", objet: "Dossier de surendettement",
    } });
    return { w, usager, site };
  }

  it("creates a URL shown once (only the hash kept); the feed parses as iCalendar with times, places and the dossier number, no name, no motive; revoked → 404", async () => {
    const { w, usager, site } = await feedWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const created = await createAgendaFeedAction({ label: "Téléphone" });
    if (!created.ok) throw new Error(created.formError);
    const { url } = created.data as { url: string; id: string };
    const token = url.split("/").pop()!.replace(/\.ics$/, "");
    const stored = await db.agendaFeed.findFirstOrThrow();
    expect(stored.tokenHash).toBe(hashFeedToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(await db.auditLog.findMany({ select: { action: true, entityId: true, details: true } }))).not.toContain(token);

    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const body = await res.text();
    const cal = new ICAL.Component(ICAL.parse(body));
    const events = cal.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe(`Rendez-vous · dossier ${usager.numeroDossier}`);
    expect(events[0]!.location).toBe(`${site.name}, Bureau 2`);
    expect(events[0]!.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now());
    for (const secret of ["Lefèvre", "François", "surendettement", "Au bureau"]) expect(body).not.toContain(secret);
    expect((await db.agendaFeed.findFirstOrThrow()).fetchCount).toBe(1);

    expect((await revokeAgendaFeedAction({ feedId: stored.id })).ok).toBe(true);
    expect((await fetchFeed(url)).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: { in: ["agenda.flux.create", "agenda.flux.revoke"] } } })).toBe(2);
  });

  it("a guessed, malformed or disabled account's token is the same 404; another's feed cannot be revoked; the token is rate-limited", async () => {
    const { w } = await feedWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const created = await createAgendaFeedAction({ label: "Thunderbird" });
    if (!created.ok) throw new Error(created.formError);
    const { url } = created.data as { url: string };
    for (const guess of ["http://localhost/api/agenda/flux/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", "http://localhost/api/agenda/flux/x.ics", url.replace(/\.ics$/, "")]) {
      const r = await fetchFeed(guess);
      expect(r.status, guess).toBe(404);
      expect(await r.text()).toBe("Introuvable");
    }
    const feed = await db.agendaFeed.findFirstOrThrow();
    for (const role of ["TS2", "RESPONSABLE", "OTHER_TS", "AGENT"] as const) {
      actAs(w.actors[role]);
      expect((await revokeAgendaFeedAction({ feedId: feed.id })).ok).toBe(false);
    }
    expect((await db.agendaFeed.findFirstOrThrow()).revokedAt).toBeNull();
    for (let i = 0; i < AGENDA_FEED_PER_TOKEN.limit; i++) expect((await fetchFeed(url, `203.0.113.${i}`)).status).toBe(200);
    const limited = await fetchFeed(url, "203.0.113.250");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    await db.rateLimit.deleteMany();
    await db.user.update({ where: { id: w.users.ts.id }, data: { status: "DISABLED" } });
    expect((await fetchFeed(url)).status).toBe(404);
  });
});
