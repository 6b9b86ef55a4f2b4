/** The ConnexCS sync (issue 12 item 8): outbox, push job, Sync Status services. */
export { queueSyncPush } from './outbox';
export { getSyncItem, listSyncItems, retrySyncItem, syncItemIdSchema, syncItemListSpec } from './services/sync-items';
export { syncItemListQuery, syncItemPageResponse, syncItemResponse, syncItemView, type SyncItemView } from './views';
