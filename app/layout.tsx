import type { Metadata } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { HydrationMarker } from "@/components/layout/hydration-marker";
import "./globals.css";
import "./work-surface.css";

export const metadata: Metadata = {
  title: { default: "Passerelle", template: "%s · Passerelle" },
  description: "Dossier social partagé des CCAS et CIAS",
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the CSP nonce (proxy.ts) must be fresh, and every page is
  // personal anyway.
  await connection();
  return (
    <html lang="fr">
      <body>
        {children}
        <HydrationMarker />
      </body>
    </html>
  );
}
