import "server-only";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { ageOn, todayInOrgan, formatCalendarDate } from "@/lib/dates";
import { validationError } from "@/lib/errors";
import { getBranch } from "@/lib/org/service";
import { listAllBranchMembers } from "@/lib/roster/service";
import { msg } from "@/lib/validation";
import type { LedgerDefinition } from "./registry";

/** 党员名册: the branch page's roster (param `branch`, a secretary's own by default; `q` as searched there). */
export const rosterLedger: LedgerDefinition = {
  permission: "roster.read",
  async load(user: CurrentUser, params: URLSearchParams) {
    const branchId = params.get("branch") ?? user.branchId;
    if (!branchId) throw validationError({ branch: [msg("required")] });
    const branch = await getBranch(user, branchId);
    const members = await listAllBranchMembers(user, branchId, { q: params.get("q")?.trim() || undefined });
    const t = await getTranslations();
    const today = todayInOrgan();
    return {
      fileName: `${branch.name}${t("records.ledger.rosterFile")}${formatCalendarDate(today)}`,
      sheets: [
        {
          name: t("roster.title"),
          columns: [
            { header: t("roster.name"), key: "name", width: 12 },
            { header: t("roster.memberNo"), key: "memberNo", width: 14 },
            { header: t("roster.gender"), key: "gender", width: 6 },
            { header: t("roster.birthDate"), key: "birthDate", kind: "date", width: 12 },
            { header: t("roster.age"), key: "age", kind: "number", width: 6 },
            { header: t("roster.position"), key: "position", width: 20 },
            { header: t("roster.seniorCadre"), key: "isSeniorCadre", kind: "boolean" },
            { header: t("roster.joinedPartyOn"), key: "joinedPartyOn", kind: "date", width: 12 },
            { header: t("roster.status"), key: "status", width: 10 },
            { header: t("roster.posts"), key: "posts", width: 16 },
          ],
          rows: members.map((member) => ({
            ...member,
            gender: t(`gender.${member.gender}`),
            age: ageOn(member.birthDate, today),
            status: t(`memberStatus.${member.status}`),
            posts: member.posts.map((post) => t(`posts.${post.kind}`)),
          })),
        },
      ],
    };
  },
};
