import { basicEntries } from './entries/basics';
import { dataTableEntries } from './entries/data-table';
import { formEntries } from './entries/forms';
import { layoutEntries } from './entries/layout';
import { overlayEntries } from './entries/overlays';
import type { LibraryEntry } from './types';

export type { LibraryEntry } from './types';

/** The groups of the page's index, in order. */
export const libraryGroups: readonly { key: string; label: string; entries: readonly LibraryEntry[] }[] = [
  { key: 'basics', label: 'Basics', entries: basicEntries },
  { key: 'forms', label: 'Forms', entries: formEntries },
  { key: 'overlays', label: 'Overlays and feedback', entries: overlayEntries },
  { key: 'layout', label: 'Layout and states', entries: layoutEntries },
  { key: 'data-table', label: 'Data table kit', entries: dataTableEntries },
];

/** Every card of the Component Library (components/ui and components/data-table). */
export const componentLibrary: readonly LibraryEntry[] = libraryGroups.flatMap((g) => g.entries);

/** Case-insensitive match on the name, file, exported parts and the "when to use" text. */
export function matchesLibraryQuery(entry: LibraryEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [entry.name, entry.file, entry.whenToUse, ...entry.exports].some((s) => s.toLowerCase().includes(q));
}
