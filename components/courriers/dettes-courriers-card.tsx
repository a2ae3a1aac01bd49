// On a budgetary support: the letter to each creditor of its debts, and the letters sent.
import type { Actor } from "@/lib/auth/actor";
import { formatEuros } from "@/lib/format";
import { getCourrierCard, listDettesForCourrier } from "@/lib/domain/courriers/queries";
import { CourriersPanel } from "./courriers-card";

export async function DettesCourriersCard({ actor, accompagnementId, readOnly = false }: { actor: Actor; accompagnementId: string; readOnly?: boolean }) {
  const dettes = await listDettesForCourrier(actor, accompagnementId);
  if (dettes.length === 0) return null;
  const cards = await Promise.all(dettes.map((d) => getCourrierCard(actor, "DETTE", d.id)));
  return (
    <section className="card" aria-labelledby="courriers-creanciers">
      <h2 id="courriers-creanciers">Courriers aux créanciers</h2>
      {dettes.map((d, i) => cards[i] ? (
        <div key={d.id}>
          <h3>{d.creancier} — {formatEuros(d.montantCents)}</h3>
          <CourriersPanel card={cards[i]!} source="DETTE" sourceId={d.id} readOnly={readOnly} nested />
        </div>
      ) : null)}
    </section>
  );
}
