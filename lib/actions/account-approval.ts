"use server";

// The RESPONSABLE's approval of social accounts (decision 0070). The activation code comes back
// once in the result, for the page to show; it is stored only as a hash.
import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { approveAccount, refuseAccount } from "@/lib/domain/users/approval";
import { ZAccountRef } from "@/lib/domain/users/schemas";
import { formatDate } from "@/lib/format";

// The navigation count is in the layout of every page.
const revalidate: Revalidate[] = [["/", "layout"]];

export async function approveAccountAction(input: unknown, form?: unknown) {
  return runAction(ZAccountRef, form ?? input, async (actor, data) => {
    const { code, expiresAt, name } = await approveAccount(actor, data);
    return { code, name, expiresOn: formatDate(expiresAt) };
  }, { revalidate });
}

export async function refuseAccountAction(input: unknown, form?: unknown) {
  return runAction(ZAccountRef, form ?? input, refuseAccount, { revalidate });
}
