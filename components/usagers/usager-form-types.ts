import type { ActionFormApi } from "@/components/forms/use-action-form";
import type { ZUsagerCreate } from "@/lib/domain/usagers/schemas";

/** Create and edit forms share every field name; sections take either form as this type. */
export type UsagerForm = ActionFormApi<typeof ZUsagerCreate>;
export type SiteOption = { id: string; name: string };
