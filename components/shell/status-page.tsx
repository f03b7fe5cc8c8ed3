import { buttonVariants } from "@/components/ui/button-variants";

/**
 * The body of 403, 404 and error pages. The way home is a plain link: after an error a fresh
 * load is the safer start, and the error page ships with every page, so it should pull in little.
 */
export function StatusPage({ code, title, body, homeLabel, children }: { code: string; title: string; body: string; homeLabel: string; children?: React.ReactNode }) {
  return (
    <div className="grid min-h-[50dvh] place-items-center p-6 text-center">
      <div className="grid max-w-md justify-items-center gap-3">
        <p className="text-5xl font-bold text-primary/70">{code}</p>
        <h1 className="text-xl font-semibold">{title}</h1>
        <p className="text-muted-foreground">{body}</p>
        <div className="flex gap-2">
          {children}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose, see above */}
          <a href="/" className={buttonVariants({ variant: "outline" })}>
            {homeLabel}
          </a>
        </div>
      </div>
    </div>
  );
}
