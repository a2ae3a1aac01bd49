import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canManageUsers } from "@/lib/auth/permissions";
import { getUser, listSites } from "@/lib/domain/users/queries";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { UserEditForm } from "@/components/admin/user-edit-form";
import { UserStatusForm } from "@/components/admin/user-status-form";
import { PasswordResetForm } from "@/components/admin/password-reset-form";
import { TotpResetForm } from "@/components/auth/totp-reset-form";
import { userTotpEnabled } from "@/lib/domain/auth/totp-commands";
import { isSocialRole } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Compte" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  if (!canManageUsers(actor)) notFound();
  const [user, sites] = await Promise.all([getUser(actor, id), listSites(actor)]);
  if (!user) notFound();
  const locked = user.lockedUntil && user.lockedUntil > new Date();
  return (
    <>
      <p><Link href="/admin/utilisateurs">← Tous les comptes</Link></p>
      <PageHeader title={`${user.firstName} ${user.lastName}`} description={user.email} />
      {user.status === "PENDING_APPROVAL" ? (
        <Alert tone="warning">Ce compte attend l&apos;approbation d&apos;un responsable de la structure. Une fois approuvé, le responsable remet un code d&apos;activation à la personne, qui choisit alors son mot de passe.</Alert>
      ) : user.status === "ACTIVE" && user.passwordExpiresAt ? (
        <Alert tone="info">Compte approuvé : la personne ne s&apos;est pas encore connectée avec son code d&apos;activation.</Alert>
      ) : null}
      {locked ? (
        <Alert tone="warning">Compte bloqué après 5 échecs de connexion jusqu&apos;au {formatDateTime(user.lockedUntil)}. Une réinitialisation du mot de passe le débloque.</Alert>
      ) : null}
      <div className="grid-2">
        <section className="card">
          <h2>Identité, rôle et site</h2>
          <UserEditForm user={{ id: user.id, firstName: user.firstName, lastName: user.lastName, role: user.role, siteId: user.siteId ?? "" }} sites={sites} isSelf={user.id === actor.id} />
        </section>
        <div>
          <section className="card">
            <h2>Mot de passe</h2>
            {user.status === "PENDING_APPROVAL" ? <p>Le responsable qui approuvera le compte remettra un code d&apos;activation à la personne.</p> : <PasswordResetForm userId={user.id} social={isSocialRole(user.role)} />}
          </section>
          {user.id !== actor.id ? (
            <section className="card">
              <h2>Double authentification</h2>
              <TotpResetForm userId={user.id} enabled={await userTotpEnabled(actor, user.id)} />
            </section>
          ) : null}
          {user.id !== actor.id ? (
            <section className="card">
              <h2>Accès</h2>
              <UserStatusForm userId={user.id} status={user.status} />
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
