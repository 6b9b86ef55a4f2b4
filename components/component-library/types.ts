import type { ComponentType } from 'react';

/** One card of the Component Library page (admin: Experience Manager -> Component Library). */
export type LibraryEntry = {
  /** Anchor and test id suffix: `#component-<id>`, `component-<id>`. */
  id: string;
  name: string;
  /** Repository path of the component's file, e.g. `components/ui/button.tsx`. */
  file: string;
  /**
   * Every export of `file` this card documents. The registry test fails when a component exported
   * by components/ui or components/data-table is in no card, when a name here no longer exists,
   * and when a name is missing from `code`.
   */
  exports: readonly string[];
  /** Props that change its look or behaviour, with their values. */
  variants: readonly { prop: string; values: readonly string[] }[];
  whenToUse: string;
  /** A copyable usage example (also documents the parts the preview does not show). */
  code: string;
  /** The live example, built only from the component and static demo data. */
  Preview: ComponentType;
};
