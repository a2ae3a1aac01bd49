// Agenda subscriptions: a name to tell them apart ("Téléphone", "Thunderbird du bureau").
import { z } from "zod";
import { requiredText } from "../shared/fields";

export const ZAgendaFeed = z.object({ label: requiredText("Le nom de l'abonnement", 60) });
export type AgendaFeedInput = z.output<typeof ZAgendaFeed>;

export const ZAgendaFeedRevoke = z.object({ feedId: z.uuid({ error: "Abonnement inconnu." }) });
export type AgendaFeedRevoke = z.output<typeof ZAgendaFeedRevoke>;
