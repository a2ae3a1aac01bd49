"use client";

// The fiche's forms map field errors themselves: only the form-level message is shown.
import { useServerAction } from "@/components/forms/use-server-action";

export const useFicheAction = () => useServerAction();
