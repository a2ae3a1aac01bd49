import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDate, formatDateTime, formatEuros } from "@/lib/format";

describe("French formats", () => {
  it("formats dates as dd/mm/yyyy in Europe/Paris", () => {
    expect(formatDate(new Date("2026-03-29T23:30:00Z"))).toBe("30/03/2026");
    expect(formatDateTime(new Date("2026-07-14T08:05:00Z"))).toBe("14/07/2026 à 10:05");
  });
  it("formats calendar dates without a time zone shift", () => {
    expect(formatCalendarDate(new Date("1985-01-01T00:00:00Z"))).toBe("01/01/1985");
  });
  it("formats cents as euros with French separators", () => {
    expect(formatEuros(123456).replace(/\s/g, " ")).toBe("1 234,56 €");
    expect(formatEuros(null)).toBe("—");
  });
});
