import { ItemDetail } from "@/components/rectification/item-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadItemPage } from "@/lib/rectification/pages";

export default async function RectificationItemPage({ params }: PageProps<"/management/rectification/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const item = await loadForPage(() => loadItemPage(user, id));
  return <ItemDetail item={item} />;
}
