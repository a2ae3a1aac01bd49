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
            <PasswordResetForm userId={user.id} />
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
