import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { PageHeader } from "@/components/ui/page-header";
import { LedgerImportForm } from "./ledger-import-form";

/** The year's ledgers: download them, download a branch's archive, or bring an office's Excel ledgers in. */
export async function YearLedgers({ year, branches, canImport }: { year: number; branches: { id: string; name: string }[]; canImport: boolean }) {
  const t = await getTranslations("summary");
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("ledger.heading")}
        description={t("ledger.description")}
        actions={
          <Button asChild variant="outline" size="sm">
            <Link href={`/summary?year=${year}`}>{t("heading")}</Link>
          </Button>
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>{t("ledger.export", { year })}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-wrap items-end gap-3">
          <form method="get" action="/summary/ledgers" className="flex items-end gap-2">
            <label className="grid gap-1 text-sm">
              {t("year")}
              <Input type="number" name="year" min={2000} max={2100} defaultValue={year} className="w-28" />
            </label>
            <Button type="submit" variant="outline">
              {t("open")}
            </Button>
          </form>
          <Button asChild>
            <a href={`/api/summary/ledger?year=${year}`} download>
              {t("ledger.export", { year })}
            </a>
          </Button>
        </CardContent>
      </Card>
      {branches.length ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("ledger.archive")}</CardTitle>
          </CardHeader>
          <CardContent>
            <form method="get" action="/api/summary/archive" className="flex flex-wrap items-end gap-3">
              <input type="hidden" name="year" value={year} />
              <label className="grid gap-1 text-sm">
                {t("ledger.archiveBranch")}
                <NativeSelect name="branch" defaultValue={branches[0].id}>
                  {branches.map((branch) => (
                    <option key={branch.id} value={branch.id}>
                      {branch.name}
                    </option>
                  ))}
                </NativeSelect>
              </label>
              <Button type="submit" variant="outline">
                {t("ledger.archive")}
              </Button>
            </form>
          </CardContent>
        </Card>
      ) : null}
      {canImport ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("ledger.importHeading")}</CardTitle>
            <CardDescription>{t("ledger.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <LedgerImportForm year={year} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
