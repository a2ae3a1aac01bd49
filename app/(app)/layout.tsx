import type { ReactNode } from "react";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { navigationEntries, navigationFor } from "@/lib/auth/navigation";
import { canListUsagers } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { getNavigationHeader } from "@/lib/domain/navigation/header";
import { MainNav } from "@/components/layout/main-nav";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { QuickJump } from "@/components/journee/quick-jump";
import "../journee.css";

// The navigation is a convenience: every page and action checks its own rule again.
export default async function AppLayout({ children }: { children: ReactNode }) {
  // requireUser sends a temporary password to be changed first (every page checks it too).
  const actor = await requireUser();
  // Names and counters in one statement (decision 0097).
  const context = await getNavigationHeader(actor);
  return (
    <>
      <a className="skip-link" href="#contenu">Aller au contenu</a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link className="app-header__brand" href="/">Passerelle</Link>
          <span className="app-header__context">
            {context.structureName}
            {context.siteName ? ` · ${context.siteName}` : ""}
          </span>
          <div className="app-header__user">
            <span>
              {actor.firstName} {actor.lastName} <span className="muted-inverse">({ROLE_LABELS[actor.role]})</span>
            </span>
            <NotificationBell count={context.unread} />
            <Link className="app-header__link" href="/compte/double-authentification">Double authentification</Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <MainNav entries={navigationEntries(navigationFor(actor, { fiches: context.fiches, siteKind: context.siteKind, accountsToApprove: context.accountsToApprove }))}>
        {canListUsagers(actor) ? <QuickJump /> : null}
      </MainNav>
      <main className="app-main" id="contenu" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
