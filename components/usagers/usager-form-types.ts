import type { UseFormReturn } from "react-hook-form";
import type { UsagerCreate, UsagerFormInput } from "@/lib/domain/usagers/schemas";

/** Create and edit forms share every field name; sections take either form as this type. */
export type UsagerForm = UseFormReturn<UsagerFormInput, unknown, UsagerCreate>;
export type SiteOption = { id: string; name: string };
