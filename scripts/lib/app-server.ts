import path from "node:path";
import { localBin } from "./process";

/**
 * The command serving the current build: server/main.ts (Next behind the page cache) rather than
 * `next start`, for every launcher alike (start, end-to-end, benchmark, soak, scale-out demo).
 */
export function appServerCommand(root: string, port: number, host?: string): [string, string[]] {
  return [localBin(root, "tsx"), [path.join(root, "server", "main.ts"), "-p", String(port), ...(host ? ["-H", host] : [])]];
}
