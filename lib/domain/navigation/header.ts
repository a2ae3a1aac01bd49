// What the signed-in layout shows on every page: the structure and site names, the fiche counter
// of the navigation and the bell's unread count. One statement per request (decision 0097): the
// counters are SQL expressions of their own modules, added to the context's row.
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { selectActorContext } from "@/lib/domain/users/context";
import { ficheNotificationCountSql } from "@/lib/domain/fiches/counters";
import { unreadNotificationsSql } from "@/lib/domain/notifications/queries";
import { accountsToApproveSql } from "@/lib/domain/users/approval-queries";

export function getNavigationHeader(actor: Actor) {
  return selectActorContext<{ fiches: number; unread: number; accountsToApprove: number }>(
    actor,
    Prisma.sql`, ${ficheNotificationCountSql(actor)} AS fiches, ${unreadNotificationsSql(actor)} AS unread, ${accountsToApproveSql(actor)} AS "accountsToApprove"`,
  );
}
