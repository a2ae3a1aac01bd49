"use server";

import { runAction } from "@/lib/actions/run-action";
import { recordNoticeGiven } from "@/lib/domain/rgpd/notice";
import { ZNoticeGiven } from "@/lib/domain/rgpd/notice-schemas";

export async function recordNoticeGivenAction(input: unknown, form?: unknown) {
  return runAction(ZNoticeGiven, form ?? input, recordNoticeGiven, { revalidate: [["/usagers", "layout"]] });
}
