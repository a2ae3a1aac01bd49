// Account forms: one schema for the form and the server action.
import { z } from "zod";
import { ROLES } from "@/lib/auth/actor";
import { passwordProblem } from "@/lib/auth/password-policy";
import { isSocialRole } from "@/lib/auth/roles";

const name = (what: string) =>
  z.string().trim().min(1, `Saisissez le ${what}.`).max(100, `Le ${what} ne doit pas dépasser 100 caractères.`);

export const ZRole = z.enum(ROLES, { error: "Choisissez un rôle dans la liste." });
const ZSiteRef = z.union([z.uuid({ error: "Site inconnu." }), z.literal("")], { error: "Site inconnu." });
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Adresse e-mail trop longue.")
  .pipe(z.email({ error: "Saisissez une adresse e-mail valide, par exemple prenom.nom@ville.fr." }));

const AGENT_NEEDS_SITE = "Un agent d'accueil doit être rattaché à son site (mairie de quartier ou accueil).";

export const ZUserCreate = z
  .object({
    firstName: name("prénom"),
    lastName: name("nom"),
    email: ZEmail,
    role: ZRole,
    siteId: ZSiteRef,
    /** Not asked for a social account (the form hides it): a responsable hands a code instead. */
    password: z.string().max(200, "Le mot de passe ne doit pas dépasser 200 caractères.").default(""),
  })
  .superRefine((v, ctx) => {
    // A social account gets no password from its creator: a responsable hands an activation code
    // (decision 0070); the command checks it again for a creator who would need one.
    const problem = isSocialRole(v.role) ? null : passwordProblem(v.password, v.role);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    if (v.role === "AGENT" && !v.siteId) ctx.addIssue({ code: "custom", path: ["siteId"], message: AGENT_NEEDS_SITE });
  });
export type UserCreateInput = z.input<typeof ZUserCreate>;

export const ZUserUpdate = z
  .object({ id: z.uuid(), firstName: name("prénom"), lastName: name("nom"), role: ZRole, siteId: ZSiteRef })
  .superRefine((v, ctx) => {
    if (v.role === "AGENT" && !v.siteId) ctx.addIssue({ code: "custom", path: ["siteId"], message: AGENT_NEEDS_SITE });
  });
export type UserUpdateInput = z.input<typeof ZUserUpdate>;

export const ZUserStatusChange = z.object({
  id: z.uuid(),
  status: z.enum(["ACTIVE", "DISABLED"], { error: "Statut inconnu." }),
});

/** The policy depends on the target's role, so the command checks it (field `password`). */
export const ZPasswordReset = z.object({
  id: z.uuid(),
  /** Empty for a social account: it goes back to a responsable's approval instead (decision 0070). */
  password: z.string().max(200, "Mot de passe trop long."),
});
export type PasswordResetInput = z.input<typeof ZPasswordReset>;

export const ZOwnPasswordChange = z
  .object({
    currentPassword: z.string().min(1, "Saisissez votre mot de passe actuel.").max(200, "Mot de passe trop long."),
    newPassword: z.string().min(1, "Saisissez le nouveau mot de passe.").max(200, "Mot de passe trop long."),
    confirmation: z.string().max(200, "Mot de passe trop long."),
  })
  .refine((v) => v.newPassword === v.confirmation, {
    path: ["confirmation"],
    message: "La confirmation ne correspond pas au nouveau mot de passe.",
  });
export type OwnPasswordChangeInput = z.input<typeof ZOwnPasswordChange>;

/** An account a RESPONSABLE approves or refuses (decision 0070). */
export const ZAccountRef = z.object({ id: z.uuid({ error: "Compte inconnu." }) });
