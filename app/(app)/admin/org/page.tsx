import { OrgTree } from "@/components/admin/org-tree";
import { requirePageUser } from "@/lib/auth/session";
import { listOrgUnits } from "@/lib/org/service";

export default async function OrgAdminPage() {
  await requirePageUser("org.manage");
  return <OrgTree units={await listOrgUnits()} />;
}
