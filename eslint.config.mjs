import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    "lib/generated/**",
    ".next/**",
    ".data/**",
    "reports/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "e2e/.auth/**",
    "next-env.d.ts",
  ]),
]);
