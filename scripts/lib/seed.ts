// How scripts run the demo seed (prisma/seed/demo.ts), from the repo root: under the
// react-server condition, as the app's server code runs, because the seed writes its records
// through the pillars' services, which are server-only modules.
export const DEMO_SEED_ARGS = ["--conditions=react-server", "prisma/seed/demo.ts"];
