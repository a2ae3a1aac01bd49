"use server";

import { runAction } from "@/lib/actions/run-action";
import { ZRavSettings } from "@/lib/domain/settings/schemas";
import { updateRavSettings } from "@/lib/domain/settings/structure-settings";
import { ZRetentionSettings } from "@/lib/domain/settings/retention-schemas";
import { updateRetentionSettings } from "@/lib/domain/settings/retention-settings";
import { ZSignInSettings } from "@/lib/domain/settings/sign-in-schemas";
import { updateSignInSettings } from "@/lib/domain/settings/sign-in-settings";

export async function updateRavSettingsAction(input: unknown, form?: unknown) {
  return runAction(ZRavSettings, form ?? input, updateRavSettings, { revalidate: [["/", "layout"]] });
}

export async function updateRetentionSettingsAction(input: unknown, form?: unknown) {
  return runAction(ZRetentionSettings, form ?? input, updateRetentionSettings, { revalidate: ["/parametres"] });
}

export async function updateSignInSettingsAction(input: unknown, form?: unknown) {
  return runAction(ZSignInSettings, form ?? input, updateSignInSettings, { revalidate: ["/admin/connexion"] });
}
