"use client";

import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { CheckboxField, DateField, SelectField, TextField, type Option } from "@/components/forms/fields";
import { FormDialog } from "@/components/forms/form-dialog";
import { addBranchPostAction, createMemberAction, endBranchPostAction, endMembershipAction, transferMemberAction, updateMemberAction } from "@/lib/roster/actions";
import { BRANCH_POSTS, GENDERS, MEMBER_STATUSES } from "@/lib/roster/options";

export interface MemberValues {
  id: string;
  version: number;
  name: string;
  memberNo: string | null;
  gender: string;
  birthDate: string;
  position: string | null;
  isSeniorCadre: boolean;
  joinedPartyOn: string;
  status: string;
}

function MemberFields({ member }: { member?: MemberValues }) {
  const t = useTranslations();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="name" label={t("roster.name")} defaultValue={member?.name} required maxLength={40} />
      <TextField name="memberNo" label={t("roster.memberNo")} defaultValue={member?.memberNo ?? undefined} maxLength={40} />
      <SelectField
        name="gender"
        label={t("roster.gender")}
        defaultValue={member?.gender ?? ""}
        placeholder=""
        options={GENDERS.map((value) => ({ value, label: t(`gender.${value}`) }))}
        required
      />
      <DateField name="birthDate" label={t("roster.birthDate")} defaultValue={member?.birthDate} required />
      <TextField name="position" label={t("roster.position")} defaultValue={member?.position ?? undefined} maxLength={80} />
      <SelectField
        name="status"
        label={t("roster.status")}
        defaultValue={member?.status ?? "FULL"}
        options={MEMBER_STATUSES.map((value) => ({ value, label: t(`memberStatus.${value}`) }))}
        required
      />
      <DateField name="joinedPartyOn" label={t("roster.joinedPartyOn")} defaultValue={member?.joinedPartyOn} required />
      <div className="flex items-end pb-2">
        <CheckboxField name="isSeniorCadre" label={t("roster.seniorCadre")} defaultChecked={member?.isSeniorCadre} />
      </div>
    </div>
  );
}

export function AddMemberDialog({ branchId, today }: { branchId: string; today: string }) {
  const t = useTranslations("roster");
  return (
    <FormDialog triggerLabel={t("add")} title={t("add")} action={createMemberAction} schema={() => import("@/lib/roster/schema").then((m) => m.createMemberSchema)} successMessage={t("created")}>
      <input type="hidden" name="branchId" value={branchId} />
      <MemberFields />
      <DateField name="joinedBranchOn" label={t("joinedBranchOn")} defaultValue={today} required />
    </FormDialog>
  );
}

export function EditMemberDialog({ member }: { member: MemberValues }) {
  const t = useTranslations();
  return (
    <FormDialog
      triggerLabel={t("common.edit")}
      triggerVariant="ghost"
      triggerSize="sm"
      title={`${t("roster.edit")}：${member.name}`}
      action={updateMemberAction}
      schema={() => import("@/lib/roster/schema").then((m) => m.updateMemberSchema)}
      successMessage={t("common.saved")}
    >
      <input type="hidden" name="id" value={member.id} />
      <input type="hidden" name="version" value={member.version} />
      <MemberFields member={member} />
    </FormDialog>
  );
}

export function TransferMemberDialog({ member, branches, today }: { member: { id: string; name: string }; branches: Option[]; today: string }) {
  const t = useTranslations();
  return (
    <FormDialog
      triggerLabel={t("roster.transfer")}
      triggerVariant="ghost"
      triggerSize="sm"
      title={`${t("roster.transfer")}：${member.name}`}
      action={transferMemberAction}
      schema={() => import("@/lib/roster/schema").then((m) => m.transferMemberSchema)}
      successMessage={t("roster.transferred")}
    >
      <input type="hidden" name="memberId" value={member.id} />
      <SelectField name="toBranchId" label={t("roster.transferTo")} options={branches} placeholder="" required />
      <DateField name="onDate" label={t("roster.transferOn")} defaultValue={today} required />
    </FormDialog>
  );
}

export function EndMembershipButton({ member, branchId, today }: { member: { id: string; name: string }; branchId: string; today: string }) {
  const t = useTranslations("roster");
  return (
    <ConfirmAction
      label={t("endMembership")}
      variant="ghost"
      destructive
      title={t("endMembership")}
      description={t("endConfirm", { name: member.name })}
      successMessage={t("ended")}
      action={endMembershipAction}
      input={{ memberId: member.id, branchId, onDate: today }}
    />
  );
}

export function AddPostDialog({ branchId, members, today }: { branchId: string; members: Option[]; today: string }) {
  const t = useTranslations();
  return (
    <FormDialog
      triggerLabel={t("roster.addPost")}
      triggerVariant="outline"
      triggerSize="sm"
      title={t("roster.addPost")}
      action={addBranchPostAction}
      schema={() => import("@/lib/roster/schema").then((m) => m.branchPostSchema)}
      successMessage={t("common.saved")}
    >
      <input type="hidden" name="branchId" value={branchId} />
      <SelectField name="memberId" label={t("roster.member")} options={members} placeholder="" required />
      <SelectField
        name="kind"
        label={t("roster.postKind")}
        options={BRANCH_POSTS.map((value) => ({ value, label: t(`posts.${value}`) }))}
        placeholder=""
        required
      />
      <DateField name="fromDate" label={t("roster.postFrom")} defaultValue={today} required />
      <DateField name="toDate" label={t("roster.postTo")} />
    </FormDialog>
  );
}

export function EndPostButton({ post, today }: { post: { id: string; label: string }; today: string }) {
  const t = useTranslations();
  return (
    <ConfirmAction
      label={t("roster.endPost")}
      variant="ghost"
      title={t("roster.endPost")}
      description={post.label}
      successMessage={t("common.saved")}
      action={endBranchPostAction}
      input={{ id: post.id, toDate: today }}
    />
  );
}
