import type { z } from 'zod';
import type { AnyCtx } from '@/lib/context';

/**
 * The item type registry. A domain makes its items assignable by registering a type once, at
 * module load (its `assignable.ts`, imported by lib/assignments/types.ts): the engine stores and
 * resolves any registered type without knowing it.
 */

/** One assignable item of a type, as its domain lists it. */
export type AssignableItem = {
  /** Stable key stored in assignments.item_key (a slug or a row id). */
  key: string;
  label: string;
  description?: string;
};

export type AssignableType<V = unknown> = {
  /** Stored in assignments.item_type: lower snake case (`portal_module`, `voice_tier`). */
  type: string;
  /** Plural label shown as the group heading of the effective configuration ("Portal modules"). */
  label: string;
  /** One sentence for support: what a value of this type decides. */
  description?: string;
  /** Validates every value assigned (a 422 names the problem). Keep it small: values are jsonb. */
  valueSchema: z.ZodType<V>;
  /** Every item of the type (the effective configuration lists all of them, assigned or not). */
  listItems(ctx: AnyCtx): Promise<AssignableItem[]>;
  /**
   * The value of an item assigned nowhere. Without it such an item is not available to the
   * customer (the effective configuration shows it as "not assigned").
   */
  defaultValue?: V;
  /** A per-item default, when items of the type differ (wins over defaultValue; undefined: none). */
  defaultFor?(itemKey: string): V | undefined;
  /** A per-item check beyond valueSchema (the value must fit that item): a problem message, or null. */
  checkValue?(itemKey: string, value: V): string | null;
  /**
   * Several assignments of one item at the winning level (possible only through data the unique
   * key does not cover, e.g. a future level with several memberships): how to combine them. The
   * default keeps the most recently updated one; set-valued types pass a union.
   */
  combine?(values: V[]): V;
  /** Whether a value makes the item available (e.g. `{ enabled: false }` hides a module). Defaults to true. */
  isAvailable?(value: V): boolean;
  /** A short human rendering of a value ("Enabled", "30 channels"). Defaults to JSON. */
  formatValue?(value: V): string;
};

const types = new Map<string, AssignableType>();
const TYPE_FORMAT = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * Registers an item type. Registering the same type again (a module evaluated twice by the dev
 * server or a test) replaces it; two different domains claiming one type name is a programming
 * error caught by the registry test.
 */
export function registerAssignableType<V>(definition: AssignableType<V>): AssignableType<V> {
  if (!TYPE_FORMAT.test(definition.type)) throw new Error(`assignable type "${definition.type}" must be lower snake case`);
  types.set(definition.type, definition as AssignableType);
  return definition;
}

export function getAssignableType(type: string): AssignableType | undefined {
  return types.get(type);
}

/** Registered types, sorted by label (stable order for the effective configuration). */
export function listAssignableTypes(): AssignableType[] {
  return [...types.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** Tests only: forget a type registered by a test. */
export function unregisterAssignableType(type: string): void {
  types.delete(type);
}

export function formatAssignedValue(definition: AssignableType, value: unknown): string {
  if (definition.formatValue) return definition.formatValue(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
