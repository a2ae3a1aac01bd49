"use client";

// The RESPONSABLE's list of accounts to approve (decision 0070). One row per account, pending or
// approved with its code not yet used, at the same place in the tree: the code returned by
// "Approuver" stays shown after the list refreshes, and only there.
import { ROLE_LABELS } from "@/lib/auth/actor";
import { approveAccountAction, refuseAccountAction } from "@/lib/actions/account-approval";
import type { AccountToApprove } from "@/lib/domain/users/approval-queries";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";

type Row = Omit<AccountToApprove, "requestedAt" | "codeExpiresAt"> & { requestedOn: string | null; codeExpiresOn: string | null };

const shownCode = (d: { code: string; name: string; expiresOn: string }) =>
  `Code d'activation de ${d.name} : ${d.code} (tirets compris), valable jusqu'au ${d.expiresOn}. ` +
  "Remettez-le à la personne elle-même ; il ne sera plus affiché. Elle se connecte avec son adresse e-mail et ce code, puis choisit son mot de passe.";

export function AccountsToApprove({ rows }: { rows: Row[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Comptes en attente d&apos;approbation ou d&apos;activation</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Adresse e-mail</th>
            <th scope="col">Rôle demandé</th>
            <th scope="col">Demandé par</th>
            <th scope="col">Date</th>
            <th scope="col">État</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const pending = r.pending;
            const who = `${r.firstName} ${r.lastName}`;
            return (
              <tr key={r.id}>
                <td>{r.lastName.toUpperCase()} {r.firstName}{r.siteName ? <><br /><span className="muted">{r.siteName}</span></> : null}</td>
                <td>{r.email}</td>
                <td>{ROLE_LABELS[r.role]}</td>
                <td>{r.requestedBy ?? "—"}</td>
                <td>{r.requestedOn ?? "—"}</td>
                <td>
                  {pending
                    ? <Badge tone="warning">En attente d&apos;approbation</Badge>
                    : <>Code remis, valable jusqu&apos;au {r.codeExpiresOn}</>}
                </td>
                <td>
                  <ActionButton action={approveAccountAction} fields={{ id: r.id }} success={shownCode}
                    confirm={pending ? `Approuver le compte de ${who} ? Un code d'activation s'affichera une seule fois.` : `Remplacer le code d'activation de ${who} ? L'ancien ne marchera plus.`}
                    confirmLabel={pending ? "Approuver et afficher le code" : "Afficher un nouveau code"}>
                    {pending ? "Approuver" : "Nouveau code"}
                  </ActionButton>{" "}
                  {pending ? (
                    <ActionButton action={refuseAccountAction} fields={{ id: r.id }} className="btn btn--small btn--danger"
                      confirm={`Refuser le compte de ${who} ? Il restera désactivé.`} confirmLabel="Refuser le compte"
                      success="Compte refusé : il reste désactivé.">
                      Refuser
                    </ActionButton>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
