import { afterEach, describe, expect, it, vi } from "vitest";
import { dateToParisLocal, parisLocalToDate, parisToday, parisYear } from "@/lib/domain/shared/paris-time";
import { pastDate } from "@/lib/domain/shared/fields";
import { isoYearsAhead } from "@/lib/domain/accompagnements/date-fields";

describe("Paris local time ⇄ UTC", () => {
  it("converts winter and summer times", () => {
    expect(parisLocalToDate("2026-11-22T10:30")!.toISOString()).toBe("2026-11-22T09:30:00.000Z");
    expect(parisLocalToDate("2026-07-14T10:30")!.toISOString()).toBe("2026-07-14T08:30:00.000Z");
  });
  it("handles the DST change days", () => {
    expect(parisLocalToDate("2026-03-29T01:59")!.toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(parisLocalToDate("2026-03-29T03:00")!.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(parisLocalToDate("2026-10-25T03:30")!.toISOString()).toBe("2026-10-25T02:30:00.000Z");
  });
  it("round-trips and refuses malformed values", () => {
    expect(dateToParisLocal(new Date("2026-07-14T08:30:00Z"))).toBe("2026-07-14T10:30");
    for (const bad of ["", "2026-02-30T10:00", "2026-13-01T10:00", "2026-11-22 10:30", "2026-11-22T25:00"]) {
      expect(parisLocalToDate(bad)).toBeNull();
    }
  });
});

describe("today is the Paris calendar day", () => {
  // 00:30 in Paris on 23/11 is still 22/11 in UTC: a date of today typed then was refused as
  // "dans le futur" while the form itself offered it (an e2e run at 00:14 found it).
  const parisAfterMidnight = new Date("2026-11-22T23:30:00Z");
  afterEach(() => vi.useRealTimers());

  it("accepts today's Paris date in a past-date field and refuses tomorrow's", () => {
    vi.useFakeTimers({ now: parisAfterMidnight, toFake: ["Date"] });
    expect(parisToday()).toBe("2026-11-23");
    
    expect(pastDate("La date").safeParse("2026-11-23").success).toBe(true);
    expect(pastDate("La date").safeParse("2026-11-24").success).toBe(false);
  });

  it("counts years ahead from the Paris date", () => {
    expect(isoYearsAhead(0, parisAfterMidnight)).toBe("2026-11-23");
    expect(isoYearsAhead(2, parisAfterMidnight)).toBe("2028-11-23");
  });
});

describe("the Paris year", () => {
  it("starts at midnight in Paris on 1 January", () => {
    expect(parisYear(new Date("2026-12-31T22:59:00Z"))).toBe(2026);
    expect(parisYear(new Date("2026-12-31T23:00:00Z"))).toBe(2027);
  });
});
