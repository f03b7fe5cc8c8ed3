// `npm run restore FILE`: restores a backup into the (empty) database DATABASE_URL names.
import { restoreDatabase, resolveDatabaseUrl } from "./lib/backup";

const file = process.argv[2];
if (!file) {
  console.error("用法 Usage: npm run restore <backup file>");
  process.exit(2);
}
await restoreDatabase(resolveDatabaseUrl(), file);
console.log(`恢复完成 Restored ${file}`);
