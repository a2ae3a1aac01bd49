"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { ZNoticeGiven, type NoticeGivenInput } from "@/lib/domain/rgpd/notice-schemas";
import { recordNoticeGivenAction } from "@/lib/actions/rgpd";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

/** The notice PDF to print, and the date it was handed over, recorded on the dossier. */
export function NoticeGivenForm({ usagerId, today }: { usagerId: string; today: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<NoticeGivenInput>({ resolver: zodResolver(ZNoticeGiven), defaultValues: { usagerId, date: today } });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    const result = await recordNoticeGivenAction(form.getValues());
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(form.setError, result) ?? "" });
    setMessage({ tone: "success", text: "Date de remise de la notice enregistrée." });
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Remise de la notice d'information">
      <div className="actions">
        <a className="btn btn--secondary btn--small" href={`/api/usagers/${usagerId}/notice`}>Notice d&apos;information (PDF)</a>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <input type="hidden" {...register("usagerId")} />
      <div className="field-row">
        <TextField label="Notice remise le" type="date" max={today} error={errors.date?.message} {...register("date")} />
      </div>
      <button type="submit" className="btn btn--small" disabled={isSubmitting}>Enregistrer la remise</button>
    </form>
  );
}
