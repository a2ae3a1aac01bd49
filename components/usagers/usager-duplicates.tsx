"use client";

// Likely duplicates, looked up as soon as nom, prénom and date de naissance are filled in. The
// action refuses a likely duplicate until the worker confirms: a form sent before this lookup
// ran (or without JavaScript) comes back with that refusal and the box to tick.
import { useEffect, useState } from "react";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { findDuplicatesAction } from "@/lib/actions/usagers";
import type { LikelyDuplicate } from "@/lib/domain/usagers/duplicates";
import { formatCalendarDate } from "@/lib/format";
import { birthDateText, birthKey } from "@/lib/domain/usagers/labels";
import type { UsagerForm } from "./usager-form-types";

export function DuplicatesCheck({ f }: { f: UsagerForm }) {
  const [nom, prenom, exact, annee, precision] = useWatch({ control: f.form.control, name: ["nom", "prenom", "dateNaissance", "anneeNaissance", "dateNaissancePrecision"] });
  const dateNaissance = birthKey({ dateNaissancePrecision: precision ?? "EXACTE", dateNaissance: exact ?? "", anneeNaissance: annee ?? "" });
  const [duplicates, setDuplicates] = useState<LikelyDuplicate[]>([]);

  useEffect(() => {
    // Exact day, year only, or unknown (the name alone, compared more strictly on the server).
    if (!nom?.trim() || !/^(\d{4}-\d{2}-\d{2}|\d{4}|)$/.test(dateNaissance)) return;
    const timer = setTimeout(async () => {
      const result = await findDuplicatesAction({ nom, prenom, dateNaissance });
      setDuplicates(result.ok ? result.data : []);
    }, 350);
    return () => clearTimeout(timer);
  }, [nom, prenom, dateNaissance]);

  const error = f.error("confirmNotDuplicate");
  const box = f.checkbox("confirmNotDuplicate");
  const id = f.group("confirmNotDuplicate").id;
  if (!error && (!nom?.trim() || duplicates.length === 0)) return null;
  return (
    <div className="alert alert--warning" role="status" aria-live="polite">
      <strong>Dossier{duplicates.length > 1 ? "s" : ""} peut-être déjà existant{duplicates.length > 1 ? "s" : ""}</strong>
      {duplicates.length ? (
        <>
          <p>Date de naissance compatible et nom proche. Ouvrez le dossier existant plutôt que d&apos;en créer un second :</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/usagers/${d.id}`} target="_blank" rel="noopener">
                  {d.nom.toUpperCase()} {d.prenom}{d.nomNaissance ? ` (née ${d.nomNaissance})` : ""}, naissance : {birthDateText(d.dateNaissance ? new Date(d.dateNaissance) : null, d.dateNaissancePrecision, formatCalendarDate)}
                </Link>
                {" "}· dossier n° {d.numeroDossier}{d.quartier ? ` · ${d.quartier}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Un dossier de date de naissance compatible et de nom proche existe déjà : cherchez-le dans la liste des usagers avant d&apos;en créer un second.</p>
      )}
      <label className="checkbox">
        <input {...box} id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        <span>Il s&apos;agit d&apos;une autre personne : créer un nouveau dossier</span>
      </label>
      {error ? <p className="field-error" id={`${id}-error`}>{error}</p> : null}
    </div>
  );
}
