// Stand-in for the `server-only` package under Vitest: the real one throws outside
// Next's react-server condition. Aliased in vitest.config.ts.
export {};
