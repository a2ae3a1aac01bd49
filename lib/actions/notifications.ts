"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { markAllNotificationsRead, markNotificationRead, openNotification, saveNotificationPreferences } from "@/lib/domain/notifications/commands";
import { ZNoInput, ZNotificationPreferences, ZNotificationRef } from "@/lib/domain/notifications/schemas";

// The bell is in the layout of every page.
const revalidate: Revalidate[] = [["/", "layout"]];

export async function markNotificationReadAction(input: unknown, form?: unknown) {
  return runAction(ZNotificationRef, form ?? input, markNotificationRead, { revalidate });
}

/** Marks it read and sends the browser to what it is about. */
export async function openNotificationAction(input: unknown, form?: unknown) {
  return runAction(ZNotificationRef, form ?? input, openNotification, { revalidate, redirectTo: (r) => r.href });
}

export async function markAllNotificationsReadAction(input: unknown, form?: unknown) {
  return runAction(ZNoInput, form ?? input, (actor) => markAllNotificationsRead(actor), { revalidate });
}

export async function saveNotificationPreferencesAction(input: unknown, form?: unknown) {
  return runAction(ZNotificationPreferences, form ?? input, saveNotificationPreferences, { revalidate: ["/notifications/preferences"] });
}
