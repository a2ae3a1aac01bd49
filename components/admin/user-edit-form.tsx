"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZUserUpdate, type UserUpdateInput } from "@/lib/domain/users/schemas";
import { updateUserAction } from "@/lib/actions/users";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { RoleSiteFields, type SiteOption } from "./role-site-fields";

export function UserEditForm({ user, sites, isSelf }: { user: UserUpdateInput; sites: SiteOption[]; isSelf: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<UserUpdateInput>({ resolver: zodResolver(ZUserUpdate), defaultValues: user });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: UserUpdateInput) {
    // A disabled select is not submitted by the browser: keep the current role for oneself.
    const result = await updateUserAction(isSelf ? { ...values, role: user.role } : values);
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(form.setError, result) ?? "" });
    setMessage({ tone: "success", text: "Modifications enregistrées." });
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="field-row">
        <TextField label="Prénom" error={errors.firstName?.message} {...form.register("firstName")} />
        <TextField label="Nom" error={errors.lastName?.message} {...form.register("lastName")} />
      </div>
      <RoleSiteFields register={form.register} errors={errors} sites={sites} roleDisabled={isSelf} />
      <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer</button>
    </form>
  );
}
