import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

/** The body of 403, 404 and error pages. */
export function StatusPage({ code, title, body, homeLabel, children }: { code: string; title: string; body: string; homeLabel: string; children?: React.ReactNode }) {
  return (
    <div className="grid min-h-[50dvh] place-items-center p-6 text-center">
      <div className="grid max-w-md justify-items-center gap-3">
        <p className="text-5xl font-bold text-primary/70">{code}</p>
        <h1 className="text-xl font-semibold">{title}</h1>
        <p className="text-muted-foreground">{body}</p>
        <div className="flex gap-2">
          {children}
          <Link href="/" className={buttonVariants({ variant: "outline" })}>
            {homeLabel}
          </Link>
        </div>
      </div>
    </div>
  );
}
