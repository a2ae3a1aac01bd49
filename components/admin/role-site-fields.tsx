"use client";

import type { ComponentProps } from "react";
import { ROLES, ROLE_LABELS } from "@/lib/auth/actor";
import { SelectField } from "@/components/forms/field";

export type SiteOption = { id: string; name: string };
type Field = Omit<ComponentProps<typeof SelectField>, "label">;

/** `role` and `site`: the props of the two fields (f.field). A role one may not change is shown, and sent hidden. */
export function RoleSiteFields({ role, site, sites, fixedRole }: { role: Field; site: Field; sites: SiteOption[]; fixedRole?: string }) {
  return (
    <div className="field-row">
      {fixedRole ? <input type="hidden" name="role" value={fixedRole} /> : null}
      <SelectField label="Rôle" disabled={Boolean(fixedRole)} hint={fixedRole ? "Vous ne pouvez pas changer votre propre rôle." : undefined} {...role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>{ROLE_LABELS[r]}</option>
        ))}
      </SelectField>
      <SelectField label="Site de rattachement" hint="Obligatoire pour un agent d'accueil." {...site}>
        <option value="">Aucun site</option>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>{s.name}</option>
        ))}
      </SelectField>
    </div>
  );
}
