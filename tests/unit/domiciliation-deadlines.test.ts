// The legal delays as pure functions: 2 months to decide, one year of validity, renewal without a
// gap, 30 days of warning, "more than 3 consecutive months" without contact.
import { describe, expect, it } from "vitest";
import { addMonths, decisionDueOn, isExpiringSoon, isWithoutContactTooLong, lastContactOf, renewedValidityEnd, validityEnd } from "@/lib/domain/domiciliation/deadlines";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("domiciliation deadlines", () => {
  it("adds months, the 31st falling on the last day of a shorter month", () => {
    expect(iso(addMonths(day("2026-01-31"), 1))).toBe("2026-02-28");
    expect(iso(addMonths(day("2026-12-31"), 2))).toBe("2027-02-28");
  });
  it("decision due 2 months after the request", () => expect(iso(decisionDueOn(day("2026-03-02")))).toBe("2026-05-02"));
  it("valid one year", () => {
    expect(iso(validityEnd(day("2026-03-15")))).toBe("2027-03-14");
    expect(iso(validityEnd(day("2024-02-29")))).toBe("2025-02-27");
  });
  it("renews without a gap, or from the renewal date once expired", () => {
    expect(iso(renewedValidityEnd(day("2026-11-30"), day("2026-11-05")))).toBe("2027-11-30");
    expect(iso(renewedValidityEnd(day("2026-11-30"), day("2026-12-10")))).toBe("2027-12-09");
  });
  it("expiring within 30 days", () => {
    expect(isExpiringSoon(day("2026-12-05"), day("2026-11-05"))).toBe(true);
    expect(isExpiringSoon(day("2026-12-06"), day("2026-11-05"))).toBe(false);
    expect(isExpiringSoon(day("2026-11-04"), day("2026-11-05"))).toBe(false);
  });
  it("more than 3 consecutive months without contact", () => {
    const last = lastContactOf({ debut: day("2026-01-10"), renouveleeLe: null, dernierContactLe: new Date("2026-03-10T15:00:00Z") }, new Date("2026-02-01T10:00:00Z"));
    expect(last).toEqual(new Date("2026-03-10T15:00:00Z"));
    expect(isWithoutContactTooLong(last, day("2026-06-10"))).toBe(false);
    expect(isWithoutContactTooLong(last, day("2026-06-11"))).toBe(true);
    expect(isWithoutContactTooLong(null, day("2030-01-01"))).toBe(false);
  });
  it("counts from the Paris day of a contact just after midnight", () => {
    // 10/03 at 00:30 in Paris is 09/03 at 23:30 UTC: the three months run from 10/03.
    const justAfterMidnight = new Date("2026-03-09T23:30:00Z");
    expect(isWithoutContactTooLong(justAfterMidnight, day("2026-06-10"))).toBe(false);
    expect(isWithoutContactTooLong(justAfterMidnight, day("2026-06-11"))).toBe(true);
  });
});
