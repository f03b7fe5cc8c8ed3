"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { SelectField, TextField, type Option } from "@/components/forms/fields";
import { FormDialog } from "@/components/forms/form-dialog";
import { BUSINESS_ROLES, ROLES } from "@/lib/auth/roles";
import {
  assignRoleAction,
  changeUserBranchAction,
  createUserAction,
  resetPasswordAction,
  resetTotpAction,
  setUserActiveAction,
  unlockUserAction,
} from "@/lib/users/actions";

/** Role and branch together: the branch picker appears only for a secretary. */
function RoleAndBranch({ roles, branches, role: initialRole, branchId }: { roles: readonly string[]; branches: Option[]; role?: string; branchId?: string | null }) {
  const t = useTranslations();
  const [role, setRole] = useState(initialRole ?? "");
  return (
    <>
      <SelectField
        name="role"
        label={t("admin.role")}
        options={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
        value={role}
        onChange={(event) => setRole(event.target.value)}
        placeholder=""
        required
      />
      {role === "SECRETARY" ? <SelectField name="branchId" label={t("admin.branch")} options={branches} defaultValue={branchId ?? ""} placeholder="" required /> : null}
    </>
  );
}

export function CreateUserDialog({ branches }: { branches: Option[] }) {
  const t = useTranslations("admin");
  return (
    <FormDialog triggerLabel={t("addUser")} title={t("addUser")} action={createUserAction} schema={() => import("@/lib/users/schema").then((m) => m.createUserSchema)} successMessage={t("userCreated")}>
      <TextField name="username" label={t("username")} hint={t("usernameHint")} autoComplete="off" required />
      <TextField name="displayName" label={t("displayName")} required maxLength={40} />
      <TextField name="title" label={t("title")} maxLength={60} />
      <RoleAndBranch roles={BUSINESS_ROLES} branches={branches} />
      <TextField name="initialPassword" type="password" label={t("initialPassword")} hint={t("initialPasswordHint")} autoComplete="new-password" required />
    </FormDialog>
  );
}

export function ResetPasswordDialog({ user }: { user: { id: string; displayName: string } }) {
  const t = useTranslations("admin");
  return (
    <FormDialog
      triggerLabel={t("resetPassword")}
      triggerVariant="ghost"
      triggerSize="sm"
      title={`${t("resetPassword")}：${user.displayName}`}
      action={resetPasswordAction}
      schema={() => import("@/lib/users/schema").then((m) => m.resetPasswordSchema)}
      successMessage={t("passwordReset")}
    >
      <input type="hidden" name="id" value={user.id} />
      <TextField name="initialPassword" type="password" label={t("initialPassword")} hint={t("initialPasswordHint")} autoComplete="new-password" required />
    </FormDialog>
  );
}

export function ToggleActiveButton({ user }: { user: { id: string; displayName: string; active: boolean } }) {
  const t = useTranslations("admin");
  return user.active ? (
    <ConfirmAction
      label={t("disable")}
      variant="ghost"
      destructive
      title={t("disable")}
      description={t("disableConfirm", { name: user.displayName })}
      successMessage={t("userUpdated")}
      action={setUserActiveAction}
      input={{ id: user.id, active: "false" }}
    />
  ) : (
    <ConfirmAction
      label={t("enable")}
      variant="ghost"
      title={t("enable")}
      description={user.displayName}
      successMessage={t("userUpdated")}
      action={setUserActiveAction}
      input={{ id: user.id, active: "true" }}
    />
  );
}

export function ChangeBranchDialog({ user, branches }: { user: { id: string; displayName: string; branchId: string | null }; branches: Option[] }) {
  const t = useTranslations("admin");
  return (
    <FormDialog
      triggerLabel={t("changeBranch")}
      triggerVariant="ghost"
      triggerSize="sm"
      title={`${t("changeBranch")}：${user.displayName}`}
      action={changeUserBranchAction}
      schema={() => import("@/lib/users/schema").then((m) => m.changeBranchSchema)}
      successMessage={t("userUpdated")}
    >
      <input type="hidden" name="id" value={user.id} />
      <SelectField name="branchId" label={t("branch")} options={branches} defaultValue={user.branchId ?? ""} placeholder="" required />
    </FormDialog>
  );
}

export function UnlockButton({ user }: { user: { id: string; displayName: string } }) {
  const t = useTranslations("admin");
  return (
    <ConfirmAction
      label={t("unlock")}
      title={t("unlock")}
      description={user.displayName}
      successMessage={t("unlocked")}
      action={unlockUserAction}
      input={{ id: user.id }}
    />
  );
}

export function AssignRoleDialog({ user, branches }: { user: { id: string; displayName: string; role: string; branchId: string | null }; branches: Option[] }) {
  const t = useTranslations("admin");
  return (
    <FormDialog
      triggerLabel={t("assignRole")}
      triggerVariant="ghost"
      triggerSize="sm"
      title={`${t("assignRole")}：${user.displayName}`}
      action={assignRoleAction}
      schema={() => import("@/lib/users/schema").then((m) => m.assignRoleSchema)}
      successMessage={t("roleAssigned")}
    >
      <input type="hidden" name="id" value={user.id} />
      <RoleAndBranch roles={ROLES} branches={branches} role={user.role} branchId={user.branchId} />
    </FormDialog>
  );
}

export function ResetTotpButton({ user }: { user: { id: string; displayName: string } }) {
  const t = useTranslations("admin");
  return (
    <ConfirmAction
      label={t("resetTotp")}
      variant="ghost"
      title={t("resetTotp")}
      description={t("resetTotpConfirm", { name: user.displayName })}
      successMessage={t("totpReset")}
      action={resetTotpAction}
      input={{ id: user.id }}
    />
  );
}
