import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canManageUsers } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { listUsers } from "@/lib/domain/users/queries";
import { oidcProviderChoices } from "@/lib/domain/auth/oidc/providers";
import { STATUS_LABELS } from "@/lib/domain/users/labels";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Utilisateurs" };

export default async function UsersPage() {
  const actor = await requireUser();
  if (!canManageUsers(actor)) notFound();
  const users = await listUsers(actor);
  const now = new Date();
  const providerLabel = new Map(oidcProviderChoices().map((p) => [p.id, p.label]));
  return (
    <>
      <PageHeader
        title="Utilisateurs"
        description={`${users.length} compte${users.length > 1 ? "s" : ""} dans votre structure`}
        actions={<Link className="btn" href="/admin/utilisateurs/nouveau">Nouveau compte</Link>}
      />
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">Comptes de la structure</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Adresse e-mail</th>
              <th scope="col">Rôle</th>
              <th scope="col">Site</th>
              <th scope="col">Statut</th>
              <th scope="col">Dernière connexion</th>
              <th scope="col">Fournisseur d&apos;identité relié</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td><Link href={`/admin/utilisateurs/${u.id}`}>{u.lastName.toUpperCase()} {u.firstName}</Link></td>
                <td>{u.email}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>{u.site?.name ?? "—"}</td>
                <td>
                  <Badge tone={u.status === "ACTIVE" ? "success" : u.status === "PENDING_APPROVAL" ? "warning" : "danger"}>{STATUS_LABELS[u.status]}</Badge>{" "}
                  {u.lockedUntil && u.lockedUntil > now ? <Badge tone="warning">Bloqué</Badge> : null}
                </td>
                <td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "Jamais"}</td>
                <td>
                  {u.identities.length === 0
                    ? "Aucun (mot de passe)"
                    : u.identities.map((i) => `${providerLabel.get(i.provider) ?? i.provider} (dernière connexion : ${i.lastSignInAt ? formatDateTime(i.lastSignInAt) : "jamais"})`).join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
