import { getTranslations } from "next-intl/server";
import { formValues } from "@/components/management/form-values";
import { RecordForm } from "@/components/management/record-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadSectionEdit, parseSection } from "@/lib/management/pages";

export default async function EditManagementRecordPage({ params }: PageProps<"/management/[section]/[id]/edit">) {
  const user = await requirePageUser("records.write");
  const { section, id } = await params;
  const slug = await loadForPage(async () => parseSection(section));
  const [t, { row, options }] = await Promise.all([getTranslations("management"), loadForPage(() => loadSectionEdit(user, slug, id))]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t(`sections.${slug}.edit`)} />
      <RecordForm slug={slug} options={options} record={{ id: row.id, version: row.version, values: formValues(slug, row) }} defaults={{}} />
    </div>
  );
}
