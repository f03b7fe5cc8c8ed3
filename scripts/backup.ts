// `npm run backup [FILE]`: a pg_dump custom-format file, by default backups/partydesk-<UTC time>.dump.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase, resolveDatabaseUrl, timestampedFileName } from "./lib/backup";
import { REPO_ROOT } from "./lib/pg-admin";

const file = process.argv[2] ?? path.join(REPO_ROOT, "backups", timestampedFileName());
mkdirSync(path.dirname(file), { recursive: true });
await backupDatabase(resolveDatabaseUrl(), file);
console.log(`备份完成 Backup written: ${file}`);
