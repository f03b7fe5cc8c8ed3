// Seeds the demo organ into an empty database and prints the demo accounts. Idempotent:
// a database that already has an organ is left as it is (the accounts are printed again).
// Run under the react-server condition (`npm run db:seed`, scripts/lib/seed.ts), as the app's
// server code is: the pillars' records go through their server-only services.
import { createPrismaClient, type Db } from "@/lib/db/connect";
import { hashPassword } from "@/lib/auth/password";
import { parseCalendarDate } from "@/lib/dates";
import type { BranchPostKind, Role } from "@/lib/generated/prisma/client";
import { seedEducationDemo } from "./demo-education";
import { seedIntegrityAndMassDemo } from "./demo-integrity-mass";
import { seedManagementDemo } from "./demo-management";
import { seedRectificationDemo } from "./demo-rectification";
import { DEMO_BRANCHES, DEMO_LEADERS, DEMO_ORGAN_NAME, DEMO_PASSWORD, DEMO_STAFF, demoMembers } from "./demo-organ";

const date = (value: string) => parseCalendarDate(value)!;
const MEMBERS_PER_BRANCH = 15;
const COMMITTEE_POSTS: BranchPostKind[] = ["SECRETARY", "DEPUTY_SECRETARY", "ORGANIZATION", "PUBLICITY", "DISCIPLINE"];

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  branch?: string;
}

export async function seedDemo(prisma: Db): Promise<{ created: boolean; accounts: DemoAccount[] }> {
  const existing = await prisma.organ.findFirst();
  if (!existing) {
    await createDemoOrgan(prisma);
  }
  const accounts = await prisma.user.findMany({
    where: { createdById: null },
    select: { username: true, displayName: true, role: true, branch: { select: { name: true } } },
    orderBy: [{ role: "asc" }, { username: "asc" }],
  });
  return {
    created: !existing,
    accounts: accounts.map((account) => ({ ...account, branch: account.branch?.name })),
  };
}

async function createDemoOrgan(prisma: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx) => {
      await tx.organ.create({ data: { name: DEMO_ORGAN_NAME, isDemo: true } });
      // Demo accounts sign in with a password alone so that anyone can try every role; the
      // security administrator can require a second factor on the policy page (production
      // databases start from the level-3 defaults, which require it for the administrators).
      await tx.setting.create({ data: { key: "security.policy", value: { totpRequiredRoles: [] } } });
      const leaders = [];
      for (const leader of DEMO_LEADERS) {
        leaders.push(
          await tx.user.create({
            data: { ...leader, role: "LEADER", passwordHash, mustChangePassword: false },
          }),
        );
      }
      for (const staff of DEMO_STAFF) {
        await tx.user.create({ data: { ...staff, passwordHash, mustChangePassword: false } });
      }
      const since = date("2020-01-01");
      const committee = await tx.orgUnit.create({
        data: { type: "COMMITTEE", name: "机关党委", effectiveFrom: since, sortOrder: 0 },
      });
      const generalBranch = await tx.orgUnit.create({
        data: { type: "GENERAL_BRANCH", name: "业务党总支", parentId: committee.id, effectiveFrom: since, sortOrder: 50 },
      });
      for (const [index, spec] of DEMO_BRANCHES.entries()) {
        const branch = await tx.orgUnit.create({
          data: {
            type: "BRANCH",
            name: spec.name,
            parentId: spec.inGeneralBranch ? generalBranch.id : committee.id,
            departments: spec.departments,
            isRetiree: spec.isRetiree ?? false,
            supervisingLeaderId: leaders[index % leaders.length].id,
            effectiveFrom: since,
            sortOrder: index + 1,
          },
        });
        const groups = [];
        for (const [groupIndex, groupName] of (spec.groups ?? []).entries()) {
          groups.push(
            await tx.orgUnit.create({
              data: { type: "GROUP", name: groupName, parentId: branch.id, effectiveFrom: since, sortOrder: groupIndex },
            }),
          );
        }
        const members = demoMembers(index, MEMBERS_PER_BRANCH, spec.isRetiree ?? false);
        for (const [memberIndex, member] of members.entries()) {
          const created = await tx.member.create({
            data: { ...member, birthDate: date(member.birthDate), joinedPartyOn: date(member.joinedPartyOn) },
          });
          const joined = date(member.joinedPartyOn) > since ? date(member.joinedPartyOn) : since;
          await tx.membership.create({ data: { memberId: created.id, orgUnitId: branch.id, fromDate: joined } });
          if (groups.length) {
            await tx.membership.create({
              data: { memberId: created.id, orgUnitId: groups[memberIndex % groups.length].id, fromDate: joined },
            });
          }
          if (memberIndex < COMMITTEE_POSTS.length) {
            await tx.branchPost.create({
              data: { orgUnitId: branch.id, memberId: created.id, kind: COMMITTEE_POSTS[memberIndex], fromDate: date("2023-06-01") },
            });
          }
          if (memberIndex === 0) {
            await tx.user.create({
              data: {
                username: `secretary-${spec.key}`,
                displayName: member.name,
                title: `${spec.name}书记`,
                role: "SECRETARY",
                branchId: branch.id,
                memberId: created.id,
                passwordHash,
                mustChangePassword: false,
              },
            });
          }
        }
      }
      await seedEducationDemo(tx);
      await seedIntegrityAndMassDemo(tx);
      await seedManagementDemo(tx);
      await seedRectificationDemo(tx);
    },
    { timeout: 60_000 },
  );
}

function printAccounts(accounts: DemoAccount[]) {
  console.log("\n演示账号 Demo accounts (密码 password: %s)", DEMO_PASSWORD);
  console.table(accounts.map((account) => ({ 用户名: account.username, 姓名: account.displayName, 角色: account.role, 支部: account.branch ?? "" })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const prisma = createPrismaClient();
  seedDemo(prisma)
    .then(({ created, accounts }) => {
      console.log(created ? "已写入演示数据 Demo data seeded." : "演示数据已存在 Demo data already present.");
      printAccounts(accounts);
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => prisma.$disconnect());
}
