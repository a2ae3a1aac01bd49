"use client";

import { bookPermanenceSlotAction } from "@/lib/actions/agenda";
import { ZBookSlotChoice } from "@/lib/domain/agenda/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import styles from "./agenda.module.css";

export type BookingDay = { key: string; date: string; permanenceId: string; title: string; slots: { debut: string; label: string; libre: boolean }[] };

export function PermanenceBookingForm({ ficheId, days, hasContact }: { ficheId: string; days: BookingDay[]; hasContact: boolean }) {
  const f = useActionForm({
    schema: ZBookSlotChoice,
    action: bookPermanenceSlotAction,
    defaultValues: { ficheId, creneau: "", rappelConsenti: false },
  });
  const creneau = f.group("creneau");
  // The server's refusals name the permanence or the start ("déjà réservé"): shown on the slots.
  const slotError = creneau.error ?? f.error("permanenceId") ?? f.error("debut");
  const free = days.some((d) => d.slots.some((s) => s.libre));

  if (!free) return <p>Aucun créneau libre dans les trois semaines à venir.</p>;
  return (
    <ActionForm handle={f} className="" success="Créneau réservé : le rendez-vous apparaît sur la fiche.">
      <input type="hidden" name="ficheId" value={ficheId} />
      <fieldset id={creneau.id} aria-describedby={slotError ? `${creneau.id}-error` : undefined}>
        <legend>Créneaux</legend>
        {days.map((d) => (
          <div key={d.key}>
            <p><strong>{d.title}</strong></p>
            <ul className={styles.slots}>
              {d.slots.map((s) => (
                <li key={s.debut} className={s.libre ? styles.slot : `${styles.slot} ${styles.slotBusy}`}>
                  <label>
                    <input {...f.radio("creneau", `${d.permanenceId}|${s.debut}`)} disabled={!s.libre} />
                    {" "}{s.label}{s.libre ? "" : " (occupé)"}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {slotError ? <p className="field-error" id={`${creneau.id}-error`}>{slotError}</p> : null}
      </fieldset>
      <label className="checkbox">
        <input {...f.checkbox("rappelConsenti")} disabled={!hasContact} />
        <span>La personne accepte un rappel par SMS ou e-mail deux jours avant{hasContact ? "" : " (ni téléphone ni e-mail sur la fiche)"}</span>
      </label>
      <div className="actions"><SubmitButton handle={f}>Réserver ce créneau</SubmitButton></div>
    </ActionForm>
  );
}
