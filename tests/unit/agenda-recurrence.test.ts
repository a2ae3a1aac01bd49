// Weekly permanences in Paris time: the same wall-clock hours in winter and summer, exceptions,
// bounds, slots; and the rendez-vous status machine and ICS text.
import { describe, expect, it } from "vitest";
import { occurrences, slotsOf, type Recurrence } from "@/lib/domain/agenda/recurrence";
import { addDays, isoWeekday, mondayOf, parisRange } from "@/lib/domain/agenda/calendar";
import { allowedStatuses, checkTransition } from "@/lib/domain/agenda/status-machine";
import { buildIcs, escapeIcs, foldLine } from "@/lib/domain/agenda/ics";

const tuesday9to11: Recurrence = { jour: 2, debut: "09:00", fin: "11:00", dureeCreneauMinutes: 30, depuis: "2026-01-01", jusquau: null, exceptions: [] };

describe("weekly recurrence across DST", () => {
  it("stays 9:00 Paris time before and after the spring change (29/03/2026)", () => {
    const occ = occurrences(tuesday9to11, "2026-03-20", "2026-04-05");
    expect(occ.map((o) => o.date)).toEqual(["2026-03-24", "2026-03-31"]);
    expect(occ[0]!.debut.toISOString()).toBe("2026-03-24T08:00:00.000Z"); // UTC+1
    expect(occ[1]!.debut.toISOString()).toBe("2026-03-31T07:00:00.000Z"); // UTC+2
    expect(occ[1]!.fin.toISOString()).toBe("2026-03-31T09:00:00.000Z");
  });

  it("stays 9:00 Paris time across the autumn change (25/10/2026)", () => {
    const occ = occurrences(tuesday9to11, "2026-10-19", "2026-11-01");
    expect(occ.map((o) => o.debut.toISOString())).toEqual(["2026-10-20T07:00:00.000Z", "2026-10-27T08:00:00.000Z"]);
  });

  it("skips exceptions and respects the first and last dates", () => {
    const rule = { ...tuesday9to11, depuis: "2026-05-06", jusquau: "2026-06-02", exceptions: ["2026-05-26"] };
    expect(occurrences(rule, "2026-05-01", "2026-06-30").map((o) => o.date)).toEqual(["2026-05-12", "2026-05-19", "2026-06-02"]);
  });

  it("cuts an occurrence into slots, dropping a short remainder", () => {
    const [occ] = occurrences({ ...tuesday9to11, fin: "10:45", dureeCreneauMinutes: 30 }, "2026-03-31", "2026-03-31");
    const slots = slotsOf(occ!, 30);
    expect(slots.map((s) => s.debut.toISOString())).toEqual(["2026-03-31T07:00:00.000Z", "2026-03-31T07:30:00.000Z", "2026-03-31T08:00:00.000Z"]);
  });

  it("computes Paris days and weeks", () => {
    expect(isoWeekday("2026-03-29")).toBe(7);
    expect(mondayOf("2026-03-29")).toBe("2026-03-23");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    const { from, to } = parisRange("2026-03-29", 1); // a 23-hour day
    expect((to.getTime() - from.getTime()) / 3_600_000).toBe(23);
  });
});

describe("rendez-vous statuses", () => {
  const past = new Date("2026-03-01T09:00:00Z");
  const now = new Date("2026-03-02T09:00:00Z");
  const future = new Date("2026-03-05T09:00:00Z");
  it("PREVU moves once to an outcome, never back", () => {
    expect(checkTransition("PREVU", "HONORE", past, now)).toBeNull();
    expect(checkTransition("HONORE", "NON_VENU", past, now)).toMatch(/ne peut plus changer/);
    expect(checkTransition("ANNULE", "PREVU", past, now)).toMatch(/ne peut plus changer/);
  });
  it("a future rendez-vous cannot be missed yet", () => {
    expect(checkTransition("PREVU", "NON_VENU", future, now)).toMatch(/pas encore commencé/);
    expect(allowedStatuses("PREVU", future, now)).toEqual(["HONORE", "EXCUSE", "ANNULE"]);
    expect(allowedStatuses("PREVU", past, now)).toEqual(["HONORE", "EXCUSE", "NON_VENU", "ANNULE"]);
  });
});

describe("ICS", () => {
  it("writes UTC times, escapes text and folds long lines", () => {
    const ics = buildIcs([{ uid: "abc", debut: new Date("2026-03-31T07:00:00Z"), fin: new Date("2026-03-31T07:30:00Z"), summary: "RDV dossier 2026-000001; test, ok", location: "Mairie de quartier de Fives", description: null, cancelled: false, sequence: 1 }], new Date("2026-03-01T00:00:00Z"));
    expect(ics).toContain("DTSTART:20260331T070000Z\r\n");
    expect(ics).toContain("SUMMARY:RDV dossier 2026-000001\\; test\\, ok\r\n");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(escapeIcs("a\nb")).toBe("a\\nb");
    const folded = foldLine(`DESCRIPTION:${"é".repeat(80)}`);
    expect(folded.split("\r\n ").every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
  });
});
