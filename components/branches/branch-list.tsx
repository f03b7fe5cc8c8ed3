import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Building2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { listBranchesForUser } from "@/lib/org/service";

export async function BranchList({ branches }: { branches: Awaited<ReturnType<typeof listBranchesForUser>> }) {
  const t = await getTranslations("branches");
  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      {branches.length === 0 ? (
        <EmptyState icon={<Building2 />} title={t("empty")} />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("name")}</TableHead>
              <TableHead>{t("parent")}</TableHead>
              <TableHead>{t("departments")}</TableHead>
              <TableHead>{t("supervisingLeader")}</TableHead>
              <TableHead className="text-right">{t("members")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {branches.map((branch) => (
              <TableRow key={branch.id}>
                <TableCell className="font-medium">
                  <Link href={`/branches/${branch.id}`} className="text-primary hover:underline">
                    {branch.name}
                  </Link>
                  {branch.isRetiree ? (
                    <Badge variant="secondary" className="ml-2">
                      {t("retiree")}
                    </Badge>
                  ) : null}
                </TableCell>
                <TableCell>{branch.parent?.name}</TableCell>
                <TableCell>{branch.departments.join("、")}</TableCell>
                <TableCell>{branch.supervisingLeader?.displayName}</TableCell>
                <TableCell className="text-right tabular-nums">{branch.memberCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
