// Which Passerelle account an OpenID Connect identity opens (decision 0041). Accounts stay managed
// in Passerelle: the provider proves who the person is, never what they may do. The subject
// already linked finds the account; otherwise the verified e-mail of an existing, active account
// whose structure enabled this provider, and the subject is then linked. Every refusal is one
// generic message to the person and an audit row with the provider, the subject and the reason.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import type { OidcProviderConfig } from "@/lib/oidc-config";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { hasTotpEnabled } from "@/lib/domain/auth/totp-verify";
import { passwordStamp } from "@/lib/domain/auth/authenticate";
import type { OidcIdentity } from "./protocol";

export type OidcRefusalReason =
  | "email_absent"
  | "email_non_verifie"
  | "compte_inconnu"
  | "compte_desactive"
  | "compte_en_attente"
  | "fournisseur_non_active"
  | "autre_identite_liee";

export type OidcLinkOutcome =
  | { kind: "signed-in"; userId: string; sessionId: string }
  /** The account has TOTP and the provider did not say multi-factor: the code is asked next. */
  | { kind: "second-factor"; userId: string; stamp: string }
  | { kind: "refused"; reason: OidcRefusalReason };

const stringClaim = (claims: Record<string, unknown>, name: string) => {
  const v = claims[name];
  return typeof v === "string" ? v : null;
};

/** acr among the provider's multi-factor values, or amr saying "mfa" (RFC 8176). */
export function saysMultiFactor(provider: OidcProviderConfig, claims: Record<string, unknown>): boolean {
  const acr = stringClaim(claims, "acr");
  if (acr && provider.multiFactorAcr.includes(acr)) return true;
  const amr = claims.amr;
  return Array.isArray(amr) && amr.includes("mfa");
}

/** The e-mail to match, or why there is none to believe. */
function verifiedEmail(provider: OidcProviderConfig, claims: Record<string, unknown>): { email: string } | { reason: OidcRefusalReason } {
  const email = stringClaim(claims, provider.emailClaim)?.trim().toLowerCase();
  if (!email || email.length > 254) return { reason: "email_absent" };
  if (!provider.trustEmail && claims.email_verified !== true) return { reason: "email_non_verifie" };
  return { email };
}

async function audit(action: string, provider: OidcProviderConfig, identity: OidcIdentity, user: User | null, ip: string | null, extra: Record<string, string | boolean> = {}) {
  const actor = user ? { ...user, ip, mustChangePassword: user.mustChangePassword } : null;
  await db.$transaction((tx) =>
    writeAudit(tx, actor, {
      action, entityType: "User", entityId: user?.id ?? null,
      details: { fournisseur: provider.id, sujet: identity.subject.slice(0, 255), ...extra },
    }, ip),
  );
}

async function refuse(provider: OidcProviderConfig, identity: OidcIdentity, user: User | null, ip: string | null, reason: OidcRefusalReason): Promise<OidcLinkOutcome> {
  await audit("auth.oidc_refused", provider, identity, user, ip, { motif: reason });
  return { kind: "refused", reason };
}

/** The account for this identity, or the reason there is none. */
async function findAccount(provider: OidcProviderConfig, identity: OidcIdentity): Promise<{ user: User; linked: boolean } | { user: User | null; reason: OidcRefusalReason }> {
  const link = await db.userIdentity.findUnique({ where: { provider_subject: { provider: provider.id, subject: identity.subject } }, include: { user: true } });
  if (link) return { user: link.user, linked: true };
  const checked = verifiedEmail(provider, identity.claims);
  if ("reason" in checked) return { user: null, reason: checked.reason };
  const user = await db.user.findUnique({ where: { email: checked.email } });
  if (!user) return { user: null, reason: "compte_inconnu" };
  // The account is linked to another subject of this provider: an e-mail reassigned at the
  // provider must not open it (the administrator unlinks first).
  const other = await db.userIdentity.findUnique({ where: { userId_provider: { userId: user.id, provider: provider.id } } });
  if (other) return { user, reason: "autre_identite_liee" };
  return { user, linked: false };
}

export async function signInWithOidcIdentity(
  provider: OidcProviderConfig,
  identity: OidcIdentity,
  { ip, now = new Date() }: { ip: string | null; now?: Date },
): Promise<OidcLinkOutcome> {
  const found = await findAccount(provider, identity);
  if ("reason" in found) return refuse(provider, identity, found.user, ip, found.reason);
  const { user, linked } = found;
  const settings = await db.structureSettings.findUnique({ where: { structureId: user.structureId }, select: { oidcProviders: true } });
  if (!settings?.oidcProviders.includes(provider.id)) return refuse(provider, identity, user, ip, "fournisseur_non_active");
  // Waiting for a responsable's approval (decision 0070): the provider's word does not replace it.
  if (user.status === "PENDING_APPROVAL") return refuse(provider, identity, user, ip, "compte_en_attente");
  if (user.status !== "ACTIVE") return refuse(provider, identity, user, ip, "compte_desactive");

  const multiFactor = saysMultiFactor(provider, identity.claims);
  const email = verifiedEmail(provider, identity.claims);
  const details = { lien: linked ? "existant" : "nouveau", multiFacteur: multiFactor, ...(stringClaim(identity.claims, "acr") ? { acr: stringClaim(identity.claims, "acr")! } : {}) };
  const secondFactor = !multiFactor && (await hasTotpEnabled(user.id));
  const sessionId = randomUUID();
  await db.$transaction(async (tx) => {
    if (!linked) {
      await tx.userIdentity.create({
        data: { structureId: user.structureId, userId: user.id, provider: provider.id, subject: identity.subject, email: "email" in email ? email.email : user.email, lastSignInAt: now },
      });
    } else {
      await tx.userIdentity.update({ where: { provider_subject: { provider: provider.id, subject: identity.subject } }, data: { lastSignInAt: now } });
    }
    const actor = { ...user, ip, mustChangePassword: user.mustChangePassword };
    if (secondFactor) {
      await writeAudit(tx, actor, { action: "auth.oidc_second_factor", entityType: "User", entityId: user.id, details: { fournisseur: provider.id, sujet: identity.subject.slice(0, 255), ...details } });
      return;
    }
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await tx.userSession.create({
      data: { id: sessionId, userId: user.id, createdAt: now, lastSeenAt: now, ip, oidcProvider: provider.id, oidcIdToken: identity.idToken, oidcMultiFactor: multiFactor },
    });
    await writeAudit(tx, actor, { action: "auth.oidc_sign_in", entityType: "User", entityId: user.id, details: { fournisseur: provider.id, sujet: identity.subject.slice(0, 255), ...details } });
  });
  // The code step of the password sign-in takes over: its proof is "first factor checked".
  if (secondFactor) return { kind: "second-factor", userId: user.id, stamp: passwordStamp(user.passwordHash) };
  return { kind: "signed-in", userId: user.id, sessionId };
}

/** Audit of a callback that did not check out (state, nonce, token, provider down). */
export async function auditOidcFailure(providerId: string, reason: string, ip: string | null) {
  await db.$transaction((tx) =>
    writeAudit(tx, null, { action: "auth.oidc_failed", entityType: "User", entityId: null, details: { fournisseur: providerId.slice(0, 30), motif: reason.slice(0, 200) } }, ip),
  );
}
