export { queueSyncPush } from './outbox';
