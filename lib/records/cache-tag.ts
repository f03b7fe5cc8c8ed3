/**
 * The cache tag of data derived from Party-building records (the dashboards' figures). Every
 * successful write through defineAction expires it, so a cached figure never outlives a change.
 */
export const RECORDS_CACHE_TAG = "records";
