"use client";

import { useState } from "react";
import { bookPermanenceSlotAction } from "@/lib/actions/agenda";
import { Alert } from "@/components/ui/alert";
import { useFicheAction as useAction } from "@/components/fiches/use-fiche-action";
import styles from "./agenda.module.css";

export type BookingDay = { key: string; date: string; permanenceId: string; title: string; slots: { debut: string; label: string; libre: boolean }[] };

export function PermanenceBookingForm({ ficheId, days, hasContact }: { ficheId: string; days: BookingDay[]; hasContact: boolean }) {
  const { pending, error, done, run } = useAction();
  const [choice, setChoice] = useState("");
  const [rappel, setRappel] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const free = days.some((d) => d.slots.some((s) => s.libre));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setFieldError(null);
    if (!choice) return setFieldError("Choisissez un créneau libre.");
    const [permanenceId, debut] = choice.split("|");
    const result = await run(() => bookPermanenceSlotAction({ ficheId, permanenceId, debut, rappelConsenti: rappel }), "Créneau réservé : le rendez-vous apparaît sur la fiche.");
    if (!result.ok) setFieldError(Object.values(result.fieldErrors)[0] ?? null);
  }

  if (!free) return <p>Aucun créneau libre dans les trois semaines à venir.</p>;
  return (
    <form onSubmit={submit} noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <fieldset aria-describedby={fieldError ? "creneau-error" : undefined}>
        <legend>Créneaux</legend>
        {days.map((d) => (
          <div key={d.key}>
            <p><strong>{d.title}</strong></p>
            <ul className={styles.slots}>
              {d.slots.map((s) => (
                <li key={s.debut} className={s.libre ? styles.slot : `${styles.slot} ${styles.slotBusy}`}>
                  <label>
                    <input type="radio" name="creneau" value={`${d.permanenceId}|${s.debut}`} disabled={!s.libre}
                      checked={choice === `${d.permanenceId}|${s.debut}`} onChange={(e) => setChoice(e.target.value)} />
                    {" "}{s.label}{s.libre ? "" : " (occupé)"}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {fieldError ? <p className="field-error" id="creneau-error">{fieldError}</p> : null}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={rappel} disabled={!hasContact} onChange={(e) => setRappel(e.target.checked)} />
        <span>La personne accepte un rappel par SMS ou e-mail deux jours avant{hasContact ? "" : " (ni téléphone ni e-mail sur la fiche)"}</span>
      </label>
      <div className="actions"><button type="submit" className="btn" disabled={pending}>Réserver ce créneau</button></div>
    </form>
  );
}
