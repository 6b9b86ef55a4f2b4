/**
 * Deck imports (issue 13 items 2 and 3): an uploaded CSV deck -> a draft version of its plan, a
 * row-level error report and a change set against the live version; published atomically.
 */
export * from './schemas';
export * from './views';
export { startRateImport } from './services/start-rate-import';
export { getRateImport } from './services/get-rate-import';
export { listRateImports, rateImportListSpec } from './services/list-rate-imports';
export { listRateImportErrors, rateImportErrorsCsv, rateImportErrorListSpec } from './services/list-rate-import-errors';
export { listRateImportChanges, rateImportChangeListSpec } from './services/list-rate-import-changes';
export { acceptRateImportErrors } from './services/accept-rate-import-errors';
export { publishRateImport } from './services/publish-rate-import-view';
export { publishRateImportRow } from './services/publish-rate-import';
export { processRateImport } from './process-import';
export * from './api-schemas';
