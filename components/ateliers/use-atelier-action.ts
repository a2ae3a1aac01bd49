"use client";

// The workshop's actions are mostly buttons without fields: a field error is the message.
import { useServerAction } from "@/components/forms/use-server-action";

export const useAtelierAction = () => useServerAction({ fieldErrorAsMessage: true });
