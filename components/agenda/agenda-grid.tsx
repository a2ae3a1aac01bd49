// The week (or day) grid: one column per Paris day, the permanences held that day (dashed) and
// the rendez-vous in time order, each a link to its page. A hand-made grid: lists, no canvas, so
// it reads well with a keyboard and a screen reader.
import Link from "next/link";
import type { AgendaRendezVous } from "@/lib/domain/agenda/queries";
import { personOf } from "@/lib/domain/agenda/queries";
import { RDV_KIND_LABELS } from "@/lib/domain/agenda/labels";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { RendezVousStatusBadge } from "./rendez-vous-badge";
import { formatDay, formatSpan } from "./format";
import styles from "./agenda.module.css";

type PermanenceOccurrence = { permanenceId: string; date: string; debut: Date; fin: Date; site: string; travailleur: string };
type Props = { dates: string[]; rendezVous: AgendaRendezVous[]; permanences: PermanenceOccurrence[]; showWorker: boolean };

const ITEM_CLASS = { PREVU: styles.item, HONORE: `${styles.item} ${styles.itemDone}`, NON_VENU: `${styles.item} ${styles.itemMissed}`, EXCUSE: `${styles.item} ${styles.itemOff}`, ANNULE: `${styles.item} ${styles.itemOff}` };

export function AgendaGrid({ dates, rendezVous, permanences, showWorker }: Props) {
  const today = parisToday();
  return (
    <div className={styles.week}>
      {dates.map((date) => {
        const rdvs = rendezVous.filter((r) => parisToday(r.debut) === date);
        const perms = permanences.filter((p) => p.date === date);
        return (
          <section key={date} className={date === today ? `${styles.day} ${styles.dayToday}` : styles.day} aria-labelledby={`jour-${date}`}>
            <h2 id={`jour-${date}`} className={styles.dayTitle}>{formatDay(date)}{date === today ? " (aujourd'hui)" : ""}</h2>
            {perms.length === 0 && rdvs.length === 0 ? <p className="muted">Aucun rendez-vous.</p> : null}
            <ul className={styles.items}>
              {perms.map((p) => (
                <li key={`${p.permanenceId}-${date}`} className={styles.permanence}>
                  <span className={styles.time}>{formatSpan(p.debut, p.fin)}</span> Permanence · {p.site}{showWorker ? ` · ${p.travailleur}` : ""}
                </li>
              ))}
              {rdvs.map((r) => (
                <li key={r.id} className={ITEM_CLASS[r.status]}>
                  <span className={styles.time}>{formatSpan(r.debut, r.fin)}</span>{" "}
                  <Link href={`/agenda/rendez-vous/${r.id}`}>{personOf(r)}</Link>
                  <br />
                  {RDV_KIND_LABELS[r.kind]}{r.site ? ` · ${r.site.name}` : ""}
                  {showWorker ? ` · ${r.travailleur.firstName} ${r.travailleur.lastName}` : ""}{" "}
                  <RendezVousStatusBadge status={r.status} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
