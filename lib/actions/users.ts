"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { createUser, resetUserPassword, setUserStatus, updateUser } from "@/lib/domain/users/commands";
import { ZPasswordReset, ZUserCreate, ZUserStatusChange, ZUserUpdate } from "@/lib/domain/users/schemas";

const revalidate: Revalidate[] = [["/admin/utilisateurs", "layout"]];

export async function createUserAction(input: unknown, form?: unknown) {
  return runAction(ZUserCreate, form ?? input, createUser, { revalidate, redirectTo: (user) => `/admin/utilisateurs/${user.id}?cree=1` });
}

export async function updateUserAction(input: unknown, form?: unknown) {
  return runAction(ZUserUpdate, form ?? input, updateUser, { revalidate });
}

export async function setUserStatusAction(input: unknown, form?: unknown) {
  return runAction(ZUserStatusChange, form ?? input, setUserStatus, { revalidate });
}

export async function resetUserPasswordAction(input: unknown, form?: unknown) {
  return runAction(ZPasswordReset, form ?? input, resetUserPassword);
}
