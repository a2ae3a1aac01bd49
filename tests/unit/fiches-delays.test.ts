import { describe, expect, it } from "vitest";
import { ficheDelays, formatDuration } from "@/lib/domain/fiches/delays";

describe("delays", () => {
  const sentAt = new Date("2026-03-02T09:00:00Z");
  const h = (n: number) => new Date(sentAt.getTime() + n * 3_600_000);

  it("are measured from the sending, from stored timestamps only", () => {
    expect(ficheDelays({ sentAt, recueAt: h(2), premierContactAt: h(26), rdvFixeAt: h(26), rdvDate: h(24 * 8) })).toEqual({
      reception: 2 * 3_600_000, premierContact: 26 * 3_600_000, rdvDonne: 26 * 3_600_000, jusquAuRdv: 8 * 86_400_000,
    });
    expect(ficheDelays({ sentAt, recueAt: null, premierContactAt: null, rdvFixeAt: null, rdvDate: null })).toEqual({
      reception: null, premierContact: null, rdvDonne: null, jusquAuRdv: null,
    });
  });

  it("are written in French", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(20 * 60_000)).toBe("moins d'une heure");
    expect(formatDuration(5 * 3_600_000)).toBe("5 h");
    expect(formatDuration(51 * 3_600_000)).toBe("2 j 3 h");
    expect(formatDuration(48 * 3_600_000)).toBe("2 j");
    expect(formatDuration(12 * 86_400_000 + 5)).toBe("12 jours");
  });
});
