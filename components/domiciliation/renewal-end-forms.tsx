"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  ZDomiciliationEnd, ZDomiciliationRenewal, type DomiciliationEnd, type DomiciliationEndInput, type DomiciliationRenewal, type DomiciliationRenewalInput,
} from "@/lib/domain/domiciliation/schemas";
import { MOTIF_FIN_LABELS } from "@/lib/domain/domiciliation/labels";
import { endDomiciliationAction, keepDomiciliationAction, renewDomiciliationAction } from "@/lib/actions/domiciliation";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";
import { Alert } from "@/components/ui/alert";

type Target = { id: string; updatedAt: string; today: string };

export function DomiciliationRenewalForm({ id, updatedAt, today }: Target) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DomiciliationRenewalInput, unknown, DomiciliationRenewal>({ resolver: zodResolver(ZDomiciliationRenewal), defaultValues: { id, updatedAt, renouveleeLe: today } });
  const { register, formState: { errors, isSubmitting } } = form;
  async function onSubmit() {
    setFormError(null);
    const result = await renewDomiciliationAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.refresh();
  }
  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label="Date du renouvellement" type="date" error={errors.renouveleeLe?.message} {...register("renouveleeLe")} />
      <div className="actions"><button type="submit" className="btn btn--secondary" disabled={isSubmitting}>Renouveler pour un an</button></div>
    </form>
  );
}

export function DomiciliationEndForm({ id, updatedAt, today, proposed }: Target & { proposed: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DomiciliationEndInput, unknown, DomiciliationEnd>({
    resolver: zodResolver(ZDomiciliationEnd),
    defaultValues: { id, updatedAt, finLe: today, motifFin: proposed ? "ABSENCE_CONTACT" : undefined, finPrecision: "" },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  async function onSubmit() {
    setFormError(null);
    const result = await endDomiciliationAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.refresh();
  }
  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="field-row">
        <TextField label="Date de fin" type="date" error={errors.finLe?.message} {...register("finLe")} />
        <SelectField label="Motif de fin" error={errors.motifFin?.message} {...register("motifFin")}>
          <option value="">Choisir…</option>
          {options(MOTIF_FIN_LABELS)}
        </SelectField>
      </div>
      <TextField label="Précision" hint="Facultatif et factuel." error={errors.finPrecision?.message} {...register("finPrecision")} />
      <div className="actions"><button type="submit" className="btn btn--secondary" disabled={isSubmitting}>Mettre fin à la domiciliation</button></div>
    </form>
  );
}

/** The job proposed an end; the worker knows the person came back: keep it. */
export function KeepDomiciliationButton({ id, updatedAt }: { id: string; updatedAt: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function keep() {
    setPending(true);
    const result = await keepDomiciliationAction({ id, updatedAt });
    setPending(false);
    if (!result.ok) return setError(result.formError);
    router.refresh();
  }
  return (
    <div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button type="button" className="btn btn--secondary" onClick={keep} disabled={pending}>Maintenir : la personne a repris contact</button>
    </div>
  );
}
