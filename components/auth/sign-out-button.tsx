// A form that posts itself to the sign-out action: it signs out before hydration or without
// JavaScript, and ends the provider's session too when one opened it (lib/actions/auth.ts).
import { signOutAction } from "@/lib/actions/auth";

export function SignOutButton() {
  return (
    <form action={signOutAction as unknown as (data: FormData) => Promise<void>} className="sign-out-form">
      <button type="submit" className="btn btn--secondary btn--small">
        Se déconnecter
      </button>
    </form>
  );
}
