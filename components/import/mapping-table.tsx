"use client";

// The table of a mapping form (the dossiers' or annuaire's sheet, another sheet of the
// workbook): each column of the file, a few of its values, and the field it fills, one select
// per column bound to `columns.i` of the form.
import type { ActionFormApi } from "@/components/forms/use-action-form";
import type { z } from "zod";

type Props<S extends z.ZodType> = {
  form: ActionFormApi<S>; caption: string; columnLabel: string; fieldLabel: string;
  headers: string[]; samples: string[][]; options: readonly { code: string; label: string }[];
};

export function MappingTable<S extends z.ZodType>({ form, caption, columnLabel, fieldLabel, headers, samples, options }: Props<S>) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead><tr><th scope="col">{columnLabel}</th><th scope="col">Exemples</th><th scope="col">{fieldLabel}</th></tr></thead>
        <tbody>
          {headers.map((h, i) => {
            const field = form.field(`columns.${i}` as never);
            return (
              <tr key={i}>
                <th scope="row"><label htmlFor={field.id}>{h}</label></th>
                <td className="muted">{samples.map((s) => s[i]).filter(Boolean).slice(0, 3).map((v) => v!.slice(0, 40)).join(" · ") || "—"}</td>
                <td className={field.error ? "field--error" : undefined}>
                  <select id={field.id} name={field.name} ref={field.ref} onChange={field.onChange} onBlur={field.onBlur} defaultValue={field.defaultValue}
                    aria-invalid={field.error ? true : undefined} aria-describedby={field.error ? `${field.id}-error` : undefined}>
                    <option value="">— Ne pas importer —</option>
                    {options.map((o) => <option key={o.code} value={o.code}>{o.label}</option>)}
                  </select>
                  {field.error ? <p className="field-error" id={`${field.id}-error`}>{field.error}</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
