// For the fiche de liaison: the free slots of the permanences of the agent's site, to book one for
// the person. Busy slots show as "occupé", never who holds them.
import type { Actor } from "@/lib/auth/actor";
import { listBookableSlots } from "@/lib/domain/agenda/booking";
import { JOUR_LABELS } from "@/lib/domain/agenda/labels";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { formatDay, formatSpan, formatTime } from "./format";
import { PermanenceBookingForm, type BookingDay } from "./permanence-booking-form";

export async function PermanenceBookingCard({ actor, ficheId, hasContact }: { actor: Actor; ficheId: string; hasContact: boolean }) {
  const perms = await listBookableSlots(actor, { days: 21 });
  const days: BookingDay[] = perms.flatMap((p) => {
    const byDate = new Map<string, typeof p.slots>();
    for (const s of p.slots) byDate.set(parisToday(s.debut), [...(byDate.get(parisToday(s.debut)) ?? []), s]);
    return [...byDate.entries()].map(([date, slots]) => ({
      key: `${p.permanenceId}-${date}`, date, permanenceId: p.permanenceId,
      title: `${formatDay(date)} · permanence ${formatSpan(slots[0]!.debut, slots.at(-1)!.fin)} · ${p.site}`,
      slots: slots.map((s) => ({ debut: s.debut.toISOString(), label: formatTime(s.debut), libre: s.libre })),
    }));
  }).sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section className="card" aria-labelledby="fiche-creneau">
      <h2 id="fiche-creneau">Réserver un créneau de permanence</h2>
      {perms.length === 0 ? <p>Aucune permanence du CCAS n&apos;a lieu dans votre site.</p> : (
        <>
          <p className="muted">
            Permanences de votre site : {perms.map((p) => `${JOUR_LABELS[p.jour]?.toLowerCase()} ${p.debut}–${p.fin}`).join(", ")}.
            Seuls les créneaux libres peuvent être réservés.
          </p>
          <PermanenceBookingForm ficheId={ficheId} days={days} hasContact={hasContact} />
        </>
      )}
    </section>
  );
}
