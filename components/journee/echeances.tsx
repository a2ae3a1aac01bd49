// Ma journée: what falls due for the actor within the week, overdue first — actions of the plans
// they are référent of and the reminders they set on their entretiens ("suites à donner").
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listDueRappels } from "@/lib/domain/entretiens/queries";
import { planActionsDue } from "@/lib/domain/accompagnements/reminders";
import { HORIZON_DAYS } from "@/lib/domain/reminders/a-faire";
import { formatCalendarDate } from "@/lib/format";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { Badge } from "@/components/ui/badge";
import { RappelDoneButton } from "@/components/reminders/rappel-done-button";
import { JourneeSection, firstOf, person } from "./section";

const SHOWN = 6;

export async function Echeances({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const until = new Date(now.getTime() + HORIZON_DAYS * 86_400_000);
  const [rappels, actions] = await Promise.all([listDueRappels(actor, until), planActionsDue(actor, until)]);
  const today = parisToday(now);
  const late = (d: Date) => d.toISOString().slice(0, 10) < today;
  const lateCount = rappels.filter((r) => late(r.rappelLe!)).length + actions.filter((a) => late(a.echeance)).length;
  const count = rappels.length + actions.length;
  return (
    <JourneeSection id="journee-echeances" title={`Échéances des ${HORIZON_DAYS} jours${lateCount ? `, dont ${lateCount} en retard` : ""}`} count={count}
      empty="Aucune action du plan ni suite d'entretien à échéance." more={count > 0 ? { href: "/a-faire", label: "Tout voir dans « À faire »" } : null}>
      <ul className="journee-list">
        {firstOf(actions, SHOWN).map((a) => (
          <li key={a.id}>
            {late(a.echeance) ? <Badge tone="danger">En retard</Badge> : null} {formatCalendarDate(a.echeance)} · Plan :{" "}
            <Link href={a.href}>{person(a.usager)}</Link> — {a.libelle}
          </li>
        ))}
        {firstOf(rappels, SHOWN).map((r) => (
          <li key={r.id}>
            {late(r.rappelLe!) ? <Badge tone="danger">En retard</Badge> : null} {formatCalendarDate(r.rappelLe)} · Suite d&apos;entretien :{" "}
            <Link href={`/usagers/${r.usager.id}`}>{person(r.usager)}</Link>{r.suites ? ` — ${r.suites}` : ""} <RappelDoneButton entretienId={r.id} />
          </li>
        ))}
      </ul>
    </JourneeSection>
  );
}
