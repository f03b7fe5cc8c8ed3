import { getTranslations } from "next-intl/server";
import { LanguageToggle } from "./language-toggle";

/** The frame of the pages shown before sign-in: login, first-run setup, forced password change. */
export async function AuthCard({ title, subtitle, organName, children }: { title: string; subtitle?: string; organName?: string; children: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <main className="grid min-h-dvh place-items-center bg-gradient-to-b from-primary/10 to-muted/40 p-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 grid justify-items-center gap-2 text-center">
          <span aria-hidden className="grid size-12 place-items-center rounded-lg bg-primary text-xl font-bold text-primary-foreground">
            党
          </span>
          <p className="text-lg font-semibold">{t("name")}</p>
          {organName ? <p className="text-sm text-muted-foreground">{organName}</p> : null}
        </div>
        <div className="rounded-xl border bg-card p-6 shadow-sm">
          <h1 className="text-xl font-semibold">{title}</h1>
          {subtitle ? <p className="mt-1 text-sm text-muted-foreground">{subtitle}</p> : null}
          <div className="mt-6">{children}</div>
        </div>
        <div className="mt-4 flex justify-center">
          <LanguageToggle />
        </div>
      </div>
    </main>
  );
}
