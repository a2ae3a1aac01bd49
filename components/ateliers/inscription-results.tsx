"use client";

// Persons found by the usagers search, each with a button to register them. A full workshop puts
// them on the waiting list or refuses with the capacity, as the workshop says.
import Link from "next/link";
import { inscrireUsagerAction } from "@/lib/actions/ateliers";
import { ActionButton } from "@/components/forms/action-button";

export type PersonChoice = { id: string; numeroDossier: string; label: string };

export function InscriptionResults({ atelierId, results, full, listeAttente }: {
  atelierId: string; results: PersonChoice[]; full: boolean; listeAttente: boolean;
}) {
  const verb = full && listeAttente ? "Mettre en liste d'attente" : "Inscrire";
  return (
    <ul>
      {results.map((p) => (
        <li key={p.id}>
          <Link href={`/usagers/${p.id}`}>{p.label}</Link> · dossier n° {p.numeroDossier}{" "}
          <ActionButton action={inscrireUsagerAction} fields={{ atelierId, usagerId: p.id }} className="btn btn--small btn--secondary"
            success={(r: { status: string }) => (r.status === "ATTENTE" ? `${p.label} : inscription sur la liste d'attente.` : `${p.label} : inscription enregistrée.`)}>
            {verb}<span className="sr-only"> {p.label}</span>
          </ActionButton>
        </li>
      ))}
    </ul>
  );
}
