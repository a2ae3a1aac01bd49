"use server";

import { runAction } from "@/lib/actions/run-action";
import { changeOwnPassword } from "@/lib/domain/users/commands";
import { ZOwnPasswordChange } from "@/lib/domain/users/schemas";

export async function changeOwnPasswordAction(input: unknown, form?: unknown) {
  return runAction(ZOwnPasswordChange, form ?? input, changeOwnPassword, { redirectTo: () => "/" });
}
