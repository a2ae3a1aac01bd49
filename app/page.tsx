import { redirect } from "next/navigation";
import { signedInDestination } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/navigation";

export default async function Root() {
  redirect((await signedInDestination((actor) => homePathFor(actor.role))) ?? "/connexion");
}
