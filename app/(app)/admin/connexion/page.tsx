import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canEditSignInSettings } from "@/lib/auth/permissions";
import { getSignInSettings } from "@/lib/domain/settings/sign-in-settings";
import { oidcProviderChoices } from "@/lib/domain/auth/oidc/providers";
import { PageHeader } from "@/components/ui/page-header";
import { SignInSettingsForm } from "@/components/settings/sign-in-settings-form";

export const metadata: Metadata = { title: "Modes de connexion" };

export default async function SignInSettingsPage() {
  const actor = await requireUser();
  if (!canEditSignInSettings(actor)) notFound();
  const settings = await getSignInSettings(actor);
  return (
    <>
      <PageHeader
        title="Modes de connexion"
        description="Comment les comptes de votre structure se connectent : ProConnect ou l'annuaire de la collectivité, et le mot de passe."
      />
      <SignInSettingsForm providers={oidcProviderChoices()} initial={settings} />
    </>
  );
}
