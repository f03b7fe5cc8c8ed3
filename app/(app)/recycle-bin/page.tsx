import { RecycleBinView } from "@/components/records/recycle-bin-view";
import { requirePageUser } from "@/lib/auth/session";
import { listChoice, recordListQuerySchema } from "@/lib/records/list-query";
import { softDeletableTypes, type RecordType } from "@/lib/records/registry";
import { listDeletedRecords } from "@/lib/records/service";

const querySchema = recordListQuerySchema.extend({ kind: listChoice(softDeletableTypes() as [RecordType, ...RecordType[]]) });

export default async function RecycleBinPage({ searchParams }: PageProps<"/recycle-bin">) {
  const user = await requirePageUser("records.restore");
  const params = await searchParams;
  const query = querySchema.parse(params);
  const deleted = await listDeletedRecords(user, { page: query.page, type: query.kind, q: query.q });
  return <RecycleBinView query={query} params={params} deleted={deleted} />;
}
