import { AuditLogView } from "@/components/admin/audit-log-view";
import { requirePageUser } from "@/lib/auth/session";
import { auditFilterOptions, auditQuerySchema, viewAuditLog } from "@/lib/audit/queries";

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const user = await requirePageUser("audit.read");
  const query = auditQuerySchema.parse(await searchParams);
  const [logs, options] = await Promise.all([viewAuditLog(user, query), auditFilterOptions()]);
  return <AuditLogView basePath="/admin/audit" query={query} logs={logs} options={options} />;
}
