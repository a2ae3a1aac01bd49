"use client";

// Persons found by the usagers search, each with a button to register them. A full workshop puts
// them on the waiting list or refuses with the capacity, as the workshop says.
import Link from "next/link";
import { inscrireUsagerAction } from "@/lib/actions/ateliers";
import { Alert } from "@/components/ui/alert";
import { useAtelierAction } from "./use-atelier-action";

export type PersonChoice = { id: string; numeroDossier: string; label: string };

export function InscriptionResults({ atelierId, results, full, listeAttente }: {
  atelierId: string; results: PersonChoice[]; full: boolean; listeAttente: boolean;
}) {
  const { pending, error, done, run } = useAtelierAction();
  const register = (p: PersonChoice) => run(
    () => inscrireUsagerAction({ atelierId, usagerId: p.id }),
    (r) => (r.status === "ATTENTE" ? `${p.label} : inscription sur la liste d'attente.` : `${p.label} : inscription enregistrée.`),
  );
  const verb = full && listeAttente ? "Mettre en liste d'attente" : "Inscrire";
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ul>
        {results.map((p) => (
          <li key={p.id}>
            <Link href={`/usagers/${p.id}`}>{p.label}</Link> · dossier n° {p.numeroDossier}{" "}
            <button type="button" className="btn btn--small btn--secondary" disabled={pending} onClick={() => register(p)}>
              {verb}<span className="sr-only"> {p.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
