// Shared by the app's data caches (lib/records/cache.ts) and the page cache in front of Next
// (server/page-cache.ts), which runs outside the app's server-only modules.

/** The cache tag of data derived from Party-building records (the dashboards' figures). */
export const RECORDS_CACHE_TAG = "records";
/** The CacheVersion row counting record changes. */
export const RECORDS_VERSION_NAME = "records";
/** How long anything cached from records may live at most: it bounds changes made outside the app's actions (sweeps, scripts). */
export const RECORDS_CACHE_SECONDS = 300;
