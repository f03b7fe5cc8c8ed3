import type { SummaryDocument } from "@/lib/summary/document";
import { drillHref } from "@/lib/summary/drill";
import { cn } from "@/components/ui/cn";

/**
 * The draft as it will read, in the document's order. Each figure is marked and links to the
 * records it counts (the dashboards' drill-down), with the exact count in its title when the
 * text says "N余".
 */
export function DocumentPreview({
  document,
  summary,
  orgUnitId,
  exactLabel,
}: {
  document: SummaryDocument;
  summary: { year: number; period: "YEAR" | "H1" | "H2" };
  orgUnitId: string | null;
  exactLabel: (value: number) => string;
}) {
  return (
    <article className="grid gap-2 rounded-md border bg-white p-4 font-serif text-[15px] leading-8 text-foreground sm:p-8" data-testid="summary-document">
      {document.paragraphs.map((paragraph, index) => {
        const content = paragraph.inlines.map((inline, part) =>
          inline.kind === "text" ? (
            <span key={part}>{inline.text}</span>
          ) : (
            <a
              key={part}
              href={drillHref(inline.metric, summary, orgUnitId)}
              title={exactLabel(inline.value)}
              data-metric={inline.metric}
              className="rounded bg-amber-100 px-0.5 font-semibold text-amber-900 underline decoration-dotted underline-offset-4 hover:bg-amber-200 focus-visible:outline-2 focus-visible:outline-amber-600"
            >
              {inline.text}
            </a>
          ),
        );
        if (paragraph.style === "title") return <h2 key={index} className="text-center text-xl font-bold leading-10">{content}</h2>;
        return (
          <p key={index} className={cn("indent-[2em]", paragraph.style === "heading1" && "font-sans font-bold", paragraph.style === "heading2" && "font-semibold")}>
            {content}
          </p>
        );
      })}
      <p className="text-right">{document.signature.organ}</p>
      <p className="text-right">{document.signature.date}</p>
    </article>
  );
}
