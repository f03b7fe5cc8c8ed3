// Render check of the exported summary: .docx → PDF (LibreOffice, headless) → one PNG per page
// (pdftoppm), with the official font names mapped onto installed CJK fonts by
// scripts/fonts/official-fonts.conf.
//
//   npm run render:summary -- <file.docx> [outDir]
//   npm run render:summary -- --year 2023 [outDir]   (drafts the organ's summary of that year from the database)
//
// Needs Debian's libreoffice-writer, poppler-utils and fonts-noto-cjk (fonts-arphic-ukai for 仿宋/楷体).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/db/client";
import { todayInOrgan } from "@/lib/dates";
import { buildSummaryDocument } from "@/lib/summary/document";
import { summaryDocx } from "@/lib/summary/docx";
import { computeFigures, metricWindow } from "@/lib/summary/metrics";

const ROOT = path.resolve(import.meta.dirname, "..");

/** The organ's summary of the year as the Party office left it, figures from the records. */
async function draftFromDatabase(year: number, outDir: string): Promise<string> {
  const [organ, draft, figures] = await Promise.all([
    db.organ.findFirst({ select: { name: true, partyGroupName: true } }),
    db.summaryDraft.findUnique({ where: { year_period_scopeKey: { year, period: "YEAR", scopeKey: "organ" } } }),
    computeFigures(metricWindow(year, "YEAR", null)),
  ]);
  const today = todayInOrgan();
  const document = buildSummaryDocument(
    figures,
    draft ? { ...draft, clauses: draft.clauses as Record<string, string>, rounding: draft.rounding as Record<string, boolean> } : {},
    { year, period: "YEAR", branchName: null, organName: organ?.name ?? "", partyGroupName: organ?.partyGroupName ?? "党组", dateText: `${today.getUTCFullYear()}年${today.getUTCMonth() + 1}月${today.getUTCDate()}日` },
  );
  const file = path.join(outDir, `summary-${year}.docx`);
  writeFileSync(file, await summaryDocx(document));
  return file;
}

async function main() {
  const args = process.argv.slice(2);
  const yearIndex = args.indexOf("--year");
  const outDir = path.resolve(args.filter((arg, index) => !arg.startsWith("--") && index !== yearIndex + 1 && !arg.endsWith(".docx"))[0] ?? path.join(tmpdir(), "summary-render"));
  mkdirSync(outDir, { recursive: true });
  const docx = yearIndex >= 0 ? await draftFromDatabase(Number(args[yearIndex + 1]), outDir) : path.resolve(args.find((arg) => arg.endsWith(".docx")) ?? "");
  if (!docx.endsWith(".docx")) throw new Error("Give a .docx file or --year <year>.");

  const env = { ...process.env, FONTCONFIG_FILE: path.join(ROOT, "scripts/fonts/official-fonts.conf") };
  // A profile of its own, so a running LibreOffice or another render does not lock this one.
  const profile = `file://${path.join(tmpdir(), `summary-render-profile-${process.pid}`)}`;
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, docx], { env, stdio: "inherit" });
  const pdf = path.join(outDir, `${path.basename(docx, ".docx")}.pdf`);
  execFileSync("pdftoppm", ["-png", "-r", "80", pdf, path.join(outDir, "page")], { stdio: "inherit" });
  console.log(`PDF: ${pdf}`);
  for (const page of readdirSync(outDir).filter((name) => name.startsWith("page") && name.endsWith(".png")).sort()) console.log(`page: ${path.join(outDir, page)}`);
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
