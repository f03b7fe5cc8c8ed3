"use server";
import { defineAction } from "@/lib/actions/define-action";
import { securityPolicySchema } from "./policy-schema";
import { updateSecurityPolicy } from "./policy";

export const updateSecurityPolicyAction = defineAction(
  { name: "security.updatePolicy", permission: "security.policy", schema: securityPolicySchema, revalidate: ["/admin/security/policy"] },
  async (input, { user }) => updateSecurityPolicy(user, input),
);
