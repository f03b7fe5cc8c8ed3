import { AuditLogView } from "@/components/admin/audit-log-view";
import { requirePageUser } from "@/lib/auth/session";
import { auditFilterOptions, auditQuerySchema, listAuditLogs } from "@/lib/audit/queries";

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requirePageUser("audit.read");
  const query = auditQuerySchema.parse(await searchParams);
  const [logs, options] = await Promise.all([listAuditLogs(query), auditFilterOptions()]);
  return <AuditLogView query={query} logs={logs} options={options} />;
}
