"use server";

// Ma journée's quick jump (Ctrl+K): a read, sent as an action so the name searched never goes
// into an address (history, server logs).
import { runAction } from "./run-action";
import { ZQuickJump } from "@/lib/domain/journee/schemas";
import { searchDossiersToOpen } from "@/lib/domain/journee/quick-jump";

export async function searchDossiersToOpenAction(input: unknown) {
  return runAction(ZQuickJump, input, searchDossiersToOpen);
}
