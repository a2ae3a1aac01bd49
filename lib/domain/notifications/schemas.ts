import { z } from "zod";
import { NOTIFICATION_KIND_KEYS } from "./kinds";

export const ZNotificationRef = z.object({ notificationId: z.uuid({ error: "Notification inconnue." }) });
export type NotificationRef = z.output<typeof ZNotificationRef>;

export const ZNoInput = z.object({}).loose();

/** The kinds also sent in the daily e-mail digest (the others stay in the app only). */
export const ZNotificationPreferences = z.object({
  email: z.array(z.enum(NOTIFICATION_KIND_KEYS, { error: "Type de notification inconnu." }), { error: "Liste attendue." })
    .max(NOTIFICATION_KIND_KEYS.length).transform((v) => [...new Set(v)]),
});
export type NotificationPreferences = z.output<typeof ZNotificationPreferences>;
