/** Leaf constants of the deck imports (db/schema/rate-imports.ts and lib/rates/import share them). */
export const rateImportStatuses = ['uploaded', 'processing', 'ready', 'failed', 'published', 'superseded'] as const;
export type RateImportStatus = (typeof rateImportStatuses)[number];
export const rateChangeKinds = ['new', 'removed', 'increased', 'decreased', 'unchanged'] as const;
export type RateChangeKind = (typeof rateChangeKinds)[number];
/** The deck's columns an import maps (header names -> these fields). */
export const deckFields = ['code', 'destination', 'rate', 'effectiveDate', 'changeFlag', 'initialIncrement', 'subsequentIncrement', 'currency', 'connectionFee'] as const;
export type DeckField = (typeof deckFields)[number];
