import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/shell/status-page";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return <StatusPage code="403" title={t("forbiddenTitle")} body={t("forbiddenBody")} homeLabel={t("home")} />;
}
