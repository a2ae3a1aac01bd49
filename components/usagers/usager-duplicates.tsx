"use client";

// Likely duplicates, looked up as soon as nom, prénom and date de naissance are filled in.
import { useEffect, useState } from "react";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { findDuplicatesAction } from "@/lib/actions/usagers";
import type { LikelyDuplicate } from "@/lib/domain/usagers/duplicates";
import { formatCalendarDate } from "@/lib/format";
import type { UsagerForm } from "./usager-form-types";

export function DuplicatesCheck({ form, onChange }: { form: UsagerForm; onChange: (found: number) => void }) {
  const [nom, prenom, dateNaissance] = useWatch({ control: form.control, name: ["nom", "prenom", "dateNaissance"] });
  const [duplicates, setDuplicates] = useState<LikelyDuplicate[]>([]);

  useEffect(() => {
    if (!nom?.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(dateNaissance ?? "")) return;
    const timer = setTimeout(async () => {
      const result = await findDuplicatesAction({ nom, prenom, dateNaissance });
      const found = result.ok ? result.data : [];
      setDuplicates(found);
      onChange(found.length);
    }, 350);
    return () => clearTimeout(timer);
  }, [nom, prenom, dateNaissance, onChange]);

  if (!nom?.trim() || duplicates.length === 0) return null;
  const error = form.formState.errors.confirmNotDuplicate?.message;
  return (
    <div className="alert alert--warning" role="status" aria-live="polite">
      <strong>Dossier{duplicates.length > 1 ? "s" : ""} peut-être déjà existant{duplicates.length > 1 ? "s" : ""}</strong>
      <p>Même date de naissance et nom proche. Ouvrez le dossier existant plutôt que d&apos;en créer un second :</p>
      <ul>
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/usagers/${d.id}`} target="_blank" rel="noopener">
              {d.nom.toUpperCase()} {d.prenom}{d.nomNaissance ? ` (née ${d.nomNaissance})` : ""}, né·e le {formatCalendarDate(new Date(d.dateNaissance))}
            </Link>
            {" "}· dossier n° {d.numeroDossier}{d.quartier ? ` · ${d.quartier}` : ""}
          </li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" {...form.register("confirmNotDuplicate")} aria-invalid={error ? true : undefined} />
        <span>Il s&apos;agit d&apos;une autre personne : créer un nouveau dossier</span>
      </label>
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
