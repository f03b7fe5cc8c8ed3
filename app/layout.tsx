import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { headers } from "next/headers";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { StyleNonce } from "@/components/shell/style-nonce";
import { Toaster } from "@/components/ui/toast";
import { pickMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#c8161d" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, messages, requestHeaders] = await Promise.all([getLocale(), getTranslations("common"), getMessages(), headers()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-muted/40 font-sans text-foreground antialiased">
        <StyleNonce nonce={requestHeaders.get("x-nonce")} />
        <NextIntlClientProvider messages={pickMessages(messages)}>
          {children}
          <Toaster label={locale === "en" ? "Notifications" : "通知"} closeLabel={t("close")} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
