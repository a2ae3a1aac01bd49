"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { resetUserTotp } from "@/lib/domain/auth/totp-commands";
import { ZTotpReset } from "@/lib/domain/auth/totp-schemas";

export async function resetUserTotpAction(input: unknown) {
  const result = await runAction(ZTotpReset, input, resetUserTotp);
  revalidatePath("/admin/utilisateurs");
  return result;
}
