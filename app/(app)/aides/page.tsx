import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListUsagers } from "@/lib/auth/permissions";
import { listAidesAwaitingPayment, listPendingAides } from "@/lib/domain/aides/queries";
import { formatEuros } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { AidesWorklist } from "@/components/aides/aides-worklist";

export const metadata: Metadata = { title: "Aides facultatives" };

// A RESPONSABLE sees every request of the structure waiting for a decision; a travailleur social
// sees the requests they instruct. Other roles must not learn that the page exists.
export default async function AidesPage() {
  const actor = await requireUser();
  if (!canListUsagers(actor)) notFound();
  const [pending, toPay] = await Promise.all([listPendingAides(actor), listAidesAwaitingPayment(actor)]);
  const responsable = actor.role === "RESPONSABLE";
  const now = new Date();
  const total = pending.reduce((s, a) => s + a.montantDemandeCents, 0);
  return (
    <>
      <PageHeader
        title="Aides facultatives"
        description={responsable ? "Les demandes de la structure en attente de décision, la plus ancienne d'abord." : "Les demandes que vous instruisez."}
      />
      <section className="card" aria-labelledby="en-attente">
        <h2 id="en-attente">{responsable ? "En attente de décision" : "Vos demandes en cours"} ({pending.length})</h2>
        {pending.length === 0 ? <p>Aucune demande en attente.</p> : (
          <>
            <p className="muted">{formatEuros(total)} demandés au total.</p>
            <AidesWorklist rows={pending} caption="Demandes en attente, la plus ancienne d'abord" now={now} showInstructeur={responsable} />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="a-payer">
        <h2 id="a-payer">Accordées, paiement à enregistrer ({toPay.length})</h2>
        {toPay.length === 0 ? <p>Aucune aide accordée en attente de paiement.</p> : (
          <AidesWorklist rows={toPay} caption="Aides accordées dont le paiement n'est pas encore enregistré" now={now} showInstructeur={responsable} showAccorde />
        )}
      </section>
    </>
  );
}
