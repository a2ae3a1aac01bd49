"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { ROLES, ROLE_LABELS } from "@/lib/auth/actor";
import { SelectField } from "@/components/forms/field";

export type SiteOption = { id: string; name: string };
type Values = { role: string; siteId: string };

export function RoleSiteFields<T extends Values>({ register, errors, sites, roleDisabled }: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  sites: SiteOption[];
  roleDisabled?: boolean;
}) {
  const reg = register as unknown as UseFormRegister<Values>;
  const errs = errors as FieldErrors<Values>;
  return (
    <div className="field-row">
      <SelectField label="Rôle" error={errs.role?.message} disabled={roleDisabled} hint={roleDisabled ? "Vous ne pouvez pas changer votre propre rôle." : undefined} {...reg("role")}>
        {ROLES.map((role) => (
          <option key={role} value={role}>{ROLE_LABELS[role]}</option>
        ))}
      </SelectField>
      <SelectField label="Site de rattachement" error={errs.siteId?.message} hint="Obligatoire pour un agent d'accueil." {...reg("siteId")}>
        <option value="">Aucun site</option>
        {sites.map((site) => (
          <option key={site.id} value={site.id}>{site.name}</option>
        ))}
      </SelectField>
    </div>
  );
}
