"use client";

import { ZUserUpdate, type UserUpdateInput } from "@/lib/domain/users/schemas";
import { updateUserAction } from "@/lib/actions/users";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { RoleSiteFields, type SiteOption } from "./role-site-fields";

export function UserEditForm({ user, sites, isSelf }: { user: UserUpdateInput; sites: SiteOption[]; isSelf: boolean }) {
  const f = useActionForm({ schema: ZUserUpdate, action: updateUserAction, defaultValues: user });

  return (
    <ActionForm handle={f} className="" success="Modifications enregistrées.">
      <input type="hidden" name="id" value={user.id} />
      <div className="field-row">
        <TextField label="Prénom" {...f.field("firstName")} />
        <TextField label="Nom" {...f.field("lastName")} />
      </div>
      {/* A disabled select is not sent by the browser: one's own role goes as a hidden field. */}
      <RoleSiteFields role={f.field("role")} site={f.field("siteId")} sites={sites} fixedRole={isSelf ? user.role : undefined} />
      <SubmitButton handle={f}>Enregistrer</SubmitButton>
    </ActionForm>
  );
}
