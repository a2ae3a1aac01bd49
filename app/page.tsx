import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/navigation";

export default async function Root() {
  const actor = await currentActor();
  redirect(actor ? homePathFor(actor.role) : "/connexion");
}
