"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createUser, resetUserPassword, setUserStatus, updateUser } from "@/lib/domain/users/commands";
import { ZPasswordReset, ZUserCreate, ZUserStatusChange, ZUserUpdate } from "@/lib/domain/users/schemas";

export async function createUserAction(input: unknown) {
  return runAction(ZUserCreate, input, createUser);
}

export async function updateUserAction(input: unknown) {
  const result = await runAction(ZUserUpdate, input, updateUser);
  revalidatePath("/admin/utilisateurs");
  return result;
}

export async function setUserStatusAction(input: unknown) {
  const result = await runAction(ZUserStatusChange, input, setUserStatus);
  revalidatePath("/admin/utilisateurs");
  return result;
}

export async function resetUserPasswordAction(input: unknown) {
  return runAction(ZPasswordReset, input, resetUserPassword);
}
