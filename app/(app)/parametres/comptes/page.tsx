import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canApproveAccounts } from "@/lib/auth/permissions";
import { listAccountsToApprove } from "@/lib/domain/users/approval-queries";
import { ACTIVATION_DAYS } from "@/lib/domain/users/approval";
import { formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { AccountsToApprove } from "@/components/comptes/accounts-to-approve";

export const metadata: Metadata = { title: "Comptes à approuver" };

// Social accounts created or raised by an administrator wait here for a responsable (decision 0070).
export default async function AccountsToApprovePage() {
  const actor = await requireUser();
  if (!canApproveAccounts(actor)) notFound();
  const { pending, awaitingActivation } = await listAccountsToApprove(actor);
  const rows = [...pending, ...awaitingActivation].map(({ requestedAt, codeExpiresAt, ...r }) => ({
    ...r,
    requestedOn: requestedAt ? formatDate(requestedAt) : null,
    codeExpiresOn: codeExpiresAt ? formatDate(codeExpiresAt) : null,
  }));
  return (
    <>
      <PageHeader
        title="Comptes à approuver"
        description={`Un compte de travailleur social ou de responsable créé par un administrateur, ou dont le rôle a été élevé, n'ouvre aucun dossier avant votre approbation. En l'approuvant, vous obtenez un code d'activation valable ${ACTIVATION_DAYS} jours, à remettre à la personne elle-même : l'administrateur ne connaît aucun mot de passe qui ouvre un dossier.`}
      />
      {rows.length === 0 ? (
        <p>Aucun compte n&apos;attend votre approbation.</p>
      ) : (
        <>
          <p>{pending.length} compte{pending.length > 1 ? "s" : ""} en attente d&apos;approbation{awaitingActivation.length ? `, ${awaitingActivation.length} approuvé${awaitingActivation.length > 1 ? "s" : ""} dont le code n'a pas encore servi` : ""}.</p>
          <AccountsToApprove rows={rows} />
        </>
      )}
    </>
  );
}
