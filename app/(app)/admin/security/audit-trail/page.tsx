import { AuditLogView } from "@/components/admin/audit-log-view";
import { requirePageUser } from "@/lib/auth/session";
import { auditFilterOptions, auditQuerySchema, viewAuditLog } from "@/lib/audit/queries";

export default async function AuditorsTrailPage({ searchParams }: PageProps<"/admin/security/audit-trail">) {
  const user = await requirePageUser("audit.readAuditors");
  const query = auditQuerySchema.parse(await searchParams);
  const [logs, options] = await Promise.all([viewAuditLog(user, query, "AUDIT_ADMIN"), auditFilterOptions()]);
  return <AuditLogView basePath="/admin/security/audit-trail" titleKey="auditTrailTitle" query={query} logs={logs} options={options} />;
}
