"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { ZRavSettings } from "@/lib/domain/settings/schemas";
import { updateRavSettings } from "@/lib/domain/settings/structure-settings";
import { ZRetentionSettings } from "@/lib/domain/settings/retention-schemas";
import { updateRetentionSettings } from "@/lib/domain/settings/retention-settings";

export async function updateRavSettingsAction(input: unknown) {
  const result = await runAction(ZRavSettings, input, updateRavSettings);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function updateRetentionSettingsAction(input: unknown) {
  const result = await runAction(ZRetentionSettings, input, updateRetentionSettings);
  if (result.ok) revalidatePath("/parametres");
  return result;
}
