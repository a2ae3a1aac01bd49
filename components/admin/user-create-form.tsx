"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZUserCreate, type UserCreateInput } from "@/lib/domain/users/schemas";
import { createUserAction } from "@/lib/actions/users";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { RoleSiteFields, type SiteOption } from "./role-site-fields";

export function UserCreateForm({ sites }: { sites: SiteOption[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UserCreateInput>({
    resolver: zodResolver(ZUserCreate),
    defaultValues: { firstName: "", lastName: "", email: "", role: "TRAVAILLEUR_SOCIAL", siteId: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: UserCreateInput) {
    const result = await createUserAction(values);
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.push(`/admin/utilisateurs/${result.data.id}?cree=1`);
  }

  return (
    <form className="form card" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="field-row">
        <TextField label="Prénom" autoComplete="off" error={errors.firstName?.message} {...form.register("firstName")} />
        <TextField label="Nom" autoComplete="off" error={errors.lastName?.message} {...form.register("lastName")} />
      </div>
      <TextField label="Adresse e-mail" type="email" autoComplete="off" error={errors.email?.message} {...form.register("email")} />
      <RoleSiteFields register={form.register} errors={errors} sites={sites} />
      <TextField
        label="Mot de passe provisoire"
        type="password"
        autoComplete="new-password"
        hint="12 caractères de 4 types, ou 14 de 3 types ; 16 pour un administrateur. À transmettre à la personne par un canal sûr."
        error={errors.password?.message}
        {...form.register("password")}
      />
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Créer le compte</button>
      </div>
    </form>
  );
}
