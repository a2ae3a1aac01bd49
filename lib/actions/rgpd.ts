"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { recordNoticeGiven } from "@/lib/domain/rgpd/notice";
import { ZNoticeGiven } from "@/lib/domain/rgpd/notice-schemas";

export async function recordNoticeGivenAction(input: unknown) {
  const result = await runAction(ZNoticeGiven, input, recordNoticeGiven);
  if (result.ok) revalidatePath(`/usagers/${(input as { usagerId: string }).usagerId}`);
  return result;
}
