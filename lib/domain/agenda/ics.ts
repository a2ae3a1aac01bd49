// iCalendar (RFC 5545) for a worker's calendar. Times are written in UTC ("…Z"), so no VTIMEZONE
// is needed and every calendar shows them in its own zone. The description names no one beyond
// what the worker already sees: the file leaves Passerelle for a personal calendar.
import { RDV_KIND_LABELS, type RendezVousKind } from "./labels";

export type IcsEvent = {
  uid: string; debut: Date; fin: Date; summary: string; location: string | null; description: string | null; cancelled: boolean;
  sequence: number;
};

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break (CRLF,
 * LF, and a bare CR, which a calendar would read as the end of the property) written as \n, other
 * control characters dropped: a typed value can never start a property of its own.
 */
export const escapeIcs = (v: string) =>
  v.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");

/** Lines longer than 75 octets are folded (continuation lines start with a space). */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const ch of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + ch, "utf8") > limit) { parts.push(current); current = ""; }
    current += ch;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function buildIcs(events: IcsEvent[], now = new Date()): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Passerelle//Agenda//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT", `UID:${e.uid}@passerelle`, `DTSTAMP:${stamp(now)}`, `DTSTART:${stamp(e.debut)}`, `DTEND:${stamp(e.fin)}`,
      `SEQUENCE:${e.sequence}`, `SUMMARY:${escapeIcs(e.summary)}`,
      ...(e.location ? [`LOCATION:${escapeIcs(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${escapeIcs(e.description)}`] : []),
      `STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

export function icsEventOf(r: {
  id: string; debut: Date; fin: Date; kind: RendezVousKind; status: string; version: number; lieuPrecision: string | null;
  site: { name: string } | null; person: string;
}): IcsEvent {
  const location = [r.site?.name, r.lieuPrecision].filter(Boolean).join(", ") || null;
  return {
    uid: r.id, debut: r.debut, fin: r.fin, summary: `RDV ${r.person} (${RDV_KIND_LABELS[r.kind].toLowerCase()})`,
    location, description: null, cancelled: r.status === "ANNULE" || r.status === "EXCUSE", sequence: r.version,
  };
}
