import { Skeleton } from "@/components/ui/skeleton";

/** What a pillar page shows while its figures or records load (also used by the mass pages). */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div className="grid gap-6" aria-busy="true" aria-label={label}>
      <div className="grid gap-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <Skeleton className="h-10 w-full" />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} className="h-64" />
        ))}
      </div>
    </div>
  );
}
