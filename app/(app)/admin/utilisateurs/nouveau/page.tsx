import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canManageUsers } from "@/lib/auth/permissions";
import { listSites } from "@/lib/domain/users/queries";
import { PageHeader } from "@/components/ui/page-header";
import { UserCreateForm } from "@/components/admin/user-create-form";

export const metadata: Metadata = { title: "Nouveau compte" };

export default async function NewUserPage() {
  const actor = await requireUser();
  if (!canManageUsers(actor)) notFound();
  const sites = await listSites(actor);
  return (
    <>
      <PageHeader title="Nouveau compte" description="La personne choisira son propre mot de passe à sa première connexion." />
      <UserCreateForm sites={sites} />
    </>
  );
}
