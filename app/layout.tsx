import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout";
import { ServiceWorkerUpdate } from "@/components/pwa/service-worker.client";
import { themeScript } from "@/components/theme/server";
import { getTracks } from "@/lib/content/server";
import { siteName } from "@/lib/site";
import { siteUrl } from "@/lib/site-url";
import { geist, geistMono } from "./fonts";
import "./globals.css";

/** The site's default title and description name the tracks it actually ships. */
export async function generateMetadata(): Promise<Metadata> {
  const topics = new Intl.ListFormat("en", { type: "conjunction" }).format((await getTracks()).map((t) => t.title));
  return {
    metadataBase: new URL(siteUrl),
    title: { default: `${siteName} — ${topics} interview prep`, template: `%s · ${siteName}` },
    description: `${topics} interview questions with model answers, what the interviewer is testing, red flags and follow-up ladders.`,
    openGraph: { siteName, type: "website" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0b0f" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${geist.variable} ${geistMono.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <SiteHeader />
        <main id="main" className="main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="site-footer-inner">
            <p>Code marked “runs as shown” is executed by our test suite.</p>
          </div>
        </footer>
        <ServiceWorkerUpdate />
      </body>
    </html>
  );
}
