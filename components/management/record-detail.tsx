import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { AttachmentPanel } from "@/components/attachments/attachment-panel";
import { DetailList } from "@/components/integrity/detail-list";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { loadSectionRecord } from "@/lib/management/pages";
import { sectionDef, sectionPath, type SectionSlug } from "@/lib/management/sections";
import { fieldValue } from "./field-value";
import { RelatedPanel } from "./related-panel";

type RecordData = Awaited<ReturnType<typeof loadSectionRecord>>;

/** A management record's page: its fields, the section's own panel, and its evidence files. */
export async function RecordDetail({ slug, data }: { slug: SectionSlug; data: RecordData }) {
  const t = await getTranslations("management");
  const common = await getTranslations("common");
  const section = sectionDef(slug);
  const path = sectionPath(slug);
  const { row, canEdit } = data;
  const title = String(fieldValue(section.fields.find((field) => field.name === section.titleField)!, row, t) ?? "");
  const heading = slug === "committee-terms" ? `${fieldValue(section.fields[0], row, t)} · ${title}` : title;
  return (
    <div className="grid gap-6">
      <PageHeader
        title={heading}
        description={t(`sections.${slug}.title`)}
        actions={
          canEdit ? (
            <>
              <Button asChild variant="outline" size="sm">
                <Link href={`${path}/${row.id}/edit`}>
                  <Pencil aria-hidden />
                  {common("edit")}
                </Link>
              </Button>
              <DeleteRecordButton type={section.recordType} id={row.id} name={heading} redirectTo={path} />
            </>
          ) : null
        }
      />
      <Card>
        <CardContent>
          <DetailList items={section.fields.map((field) => ({ label: t(`fields.${field.name}`), value: fieldValue(field, row, t) }))} />
        </CardContent>
      </Card>
      {data.related ? <RelatedPanel recordId={row.id} related={data.related} writesOrgan={data.writesOrgan} canSubmit={data.canSubmit} /> : null}
      <AttachmentPanel recordType={section.recordType} recordId={row.id} initial={data.attachments} canEdit={canEdit} />
    </div>
  );
}
