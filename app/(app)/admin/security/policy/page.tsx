import { SecurityPolicyForm } from "@/components/admin/security-policy-form";
import { requirePageUser } from "@/lib/auth/session";
import { getSecurityPolicy } from "@/lib/security/policy";

export default async function SecurityPolicyPage() {
  await requirePageUser("security.policy");
  return <SecurityPolicyForm policy={await getSecurityPolicy()} />;
}
