/** The ConnexCS sync (issue 12 item 8): outbox, push job, Sync Status services. */
export { queueSyncPush } from './outbox';
export { getSyncItem, listSyncItems, retrySyncItem, syncItemIdSchema, syncItemListSpec } from './services/sync-items';
export { syncItemListQuery, syncItemPageResponse, syncItemResponse, syncItemView, type SyncItemView } from './views';
export { pullFromConnexcs } from './services/pull-from-connexcs';
export { resolveSyncConflict, resolveSyncConflictSchema } from './services/resolve-sync-conflict';
export { listSyncRuns, startSyncPull, syncRunListSpec } from './services/sync-runs';
export { pullNowResponse, resolveSyncConflictBody, syncRunListQuery, syncRunPageResponse, syncRunResponse, syncRunView, type SyncRunView } from './views';
