import pino from "pino";

// One structured JSON line per event on stdout; the deployment's log collector parses it.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "party-work-desk" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
});
