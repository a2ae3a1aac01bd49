"use client";

import { useWatch } from "react-hook-form";
import { ZUserCreate } from "@/lib/domain/users/schemas";
import { isSocialRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/auth/actor";
import { createUserAction } from "@/lib/actions/users";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { RoleSiteFields, type SiteOption } from "./role-site-fields";

export function UserCreateForm({ sites }: { sites: SiteOption[] }) {
  const f = useActionForm({
    schema: ZUserCreate,
    action: createUserAction,
    defaultValues: { firstName: "", lastName: "", email: "", role: "TRAVAILLEUR_SOCIAL", siteId: "", password: "" },
  });

  // A social account gets no password here: a responsable approves it and hands an activation
  // code to the person (decision 0070). Before hydration the field shows and is ignored.
  const role = useWatch({ control: f.form.control, name: "role" }) as Role;
  const social = isSocialRole(role);

  return (
    <ActionForm handle={f} className="form card">
      <div className="field-row">
        <TextField label="Prénom" autoComplete="off" {...f.field("firstName")} />
        <TextField label="Nom" autoComplete="off" {...f.field("lastName")} />
      </div>
      <TextField label="Adresse e-mail" type="email" autoComplete="off" {...f.field("email")} />
      <RoleSiteFields role={f.field("role")} site={f.field("siteId")} sites={sites} />
      {social ? (
        <p className="hint" role="note">
          Un compte de travailleur social ou de responsable ouvre des dossiers soumis au secret professionnel : il restera
          en attente jusqu&apos;à ce qu&apos;un responsable de la structure l&apos;approuve. Le responsable remettra
          lui-même à la personne un code d&apos;activation ; aucun mot de passe n&apos;est choisi ici.
        </p>
      ) : <TextField
        label="Mot de passe provisoire"
        type="password"
        autoComplete="new-password"
        hint="12 caractères de 4 types, ou 14 de 3 types ; 16 pour un administrateur. À transmettre à la personne par un canal sûr."
        {...f.field("password")}
        // A password is never written back into the page.
        defaultValue=""
      />}
      <div className="actions">
        <SubmitButton handle={f}>Créer le compte</SubmitButton>
      </div>
    </ActionForm>
  );
}
