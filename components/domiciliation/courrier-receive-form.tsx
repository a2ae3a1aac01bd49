"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZCourrierReceive, type CourrierReceive, type CourrierReceiveInput } from "@/lib/domain/domiciliation/schemas";
import { EXPEDITEUR_LABELS } from "@/lib/domain/domiciliation/labels";
import { receiveCourrierAction } from "@/lib/actions/courrier";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";
import { Alert } from "@/components/ui/alert";

export function CourrierReceiveForm({ today, people }: { today: string; people: { id: string; label: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<CourrierReceiveInput, unknown, CourrierReceive>({
    resolver: zodResolver(ZCourrierReceive),
    defaultValues: { domiciliationId: "", recuLe: today, recommande: false },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  async function onSubmit() {
    setMessage(null);
    const values = form.getValues();
    const result = await receiveCourrierAction(values);
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(form.setError, result) ?? "" });
    const who = people.find((p) => p.id === values.domiciliationId)?.label ?? "";
    setMessage({ tone: "success", text: `Courrier enregistré pour ${who}.` });
    form.reset({ domiciliationId: "", recuLe: values.recuLe, recommande: false });
    router.refresh();
  }
  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="field-row">
        <SelectField label="Personne domiciliée" error={errors.domiciliationId?.message} {...register("domiciliationId")}>
          <option value="">Choisir…</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </SelectField>
        <TextField label="Reçu le" type="date" error={errors.recuLe?.message} {...register("recuLe")} />
        <SelectField label="Type d'expéditeur" error={errors.expediteurType?.message} {...register("expediteurType")}>
          <option value="">Choisir…</option>
          {options(EXPEDITEUR_LABELS)}
        </SelectField>
      </div>
      <label className="checkbox"><input type="checkbox" {...register("recommande")} /> Lettre recommandée</label>
      <div className="actions"><button type="submit" className="btn" disabled={isSubmitting}>Enregistrer le courrier</button></div>
    </form>
  );
}
