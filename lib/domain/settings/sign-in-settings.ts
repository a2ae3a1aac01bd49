// The ADMIN's choice of how the structure's accounts sign in (decision 0042): which configured
// OpenID Connect providers they may use, and whether the password stays open (an ADMIN keeps it
// in any case: break-glass, lib/auth/permissions.ts canSignInWithPassword).
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canEditSignInSettings } from "@/lib/auth/permissions";
import { ownStructureSettings } from "@/lib/auth/scopes/structure-settings";
import { saveOwnStructureSettings } from "@/lib/domain/settings/save-own-settings";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { configuredOidcProviders } from "@/lib/domain/auth/oidc/providers";
import type { ZSignInSettings } from "./sign-in-schemas";

export type SignInSettings = { oidcProviders: string[]; passwordSignIn: boolean };

export async function getSignInSettings(actor: Actor): Promise<SignInSettings> {
  if (!canEditSignInSettings(actor)) throw new NotFoundError();
  const row = await db.structureSettings.findUnique({ where: ownStructureSettings(actor), select: { oidcProviders: true, passwordSignIn: true } });
  return row ?? { oidcProviders: [], passwordSignIn: true };
}

export async function updateSignInSettings(actor: Actor, input: z.output<typeof ZSignInSettings>) {
  if (!canEditSignInSettings(actor)) throw new NotFoundError();
  const known = new Set(configuredOidcProviders().map((p) => p.id));
  if (input.oidcProviders.some((id) => !known.has(id))) {
    throw new DomainError("Fournisseur d'identité inconnu.", { oidcProviders: "Fournisseur d'identité inconnu : choisissez parmi ceux de la liste." });
  }
  // Without a provider, "no password" would leave every account but the ADMIN's without a way in.
  if (!input.passwordSignIn && input.oidcProviders.length === 0) {
    throw new DomainError("Choisissez au moins un fournisseur d'identité.", {
      passwordSignIn: "La connexion par mot de passe ne peut être fermée que si au moins un fournisseur d'identité est ouvert.",
    });
  }
  await db.$transaction((tx) => saveOwnStructureSettings(tx, actor, input, {
    action: "settings.sign_in_update", details: { oidcProviders: input.oidcProviders, passwordSignIn: input.passwordSignIn },
  }));
}
