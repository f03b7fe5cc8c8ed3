import { UserAdmin } from "@/components/admin/user-admin";
import { requirePageUser } from "@/lib/auth/session";
import { userListQuerySchema } from "@/lib/users/schema";
import { listBranchOptions, listUsers } from "@/lib/users/service";

export default async function UsersAdminPage({ searchParams }: PageProps<"/admin/users">) {
  const user = await requirePageUser("users.manage");
  const query = userListQuerySchema.parse(await searchParams);
  const [users, branches] = await Promise.all([listUsers(query), listBranchOptions()]);
  return <UserAdmin mode="users" currentUserId={user.id} query={query} users={users} branches={branches} />;
}
