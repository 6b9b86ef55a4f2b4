import type { ConnexcsCompany } from '@/lib/integrations/connexcs';
import { remoteName, type CompanyState } from './connexcs-upsert';

/**
 * The fields both sides hold of a company, compared to tell whether ConnexCS was changed since the
 * last sync. Our reference suffix ("[DT-...]") is not part of the name: it is how we find the
 * company, not something a person edits. A field the base does not hold is not compared (a
 * customer account has no capacity of its own).
 */
export type CompanyValue = { name: string; status: string; channels?: number | null; cps?: number | null };

const SUFFIX = /\s*\[DT-[0-9a-f]{12}\]$/;
const COMPARED = ['name', 'status', 'channels', 'cps'] as const;

export function companyValueOf(remote: Pick<ConnexcsCompany, 'name' | 'status' | 'channels' | 'cps'>, withCapacity: boolean): CompanyValue {
  return {
    name: remote.name.replace(SUFFIX, ''),
    status: remote.status,
    ...(withCapacity ? { channels: remote.channels ?? null, cps: remote.cps ?? null } : {}),
  };
}

/** What a push leaves on ConnexCS (the name as ConnexCS keeps it, cut to fit our suffix), as the base of the next comparison. */
export function baseValueOf(state: CompanyState, entityId: string): CompanyValue {
  return {
    name: remoteName(state.name, entityId).replace(SUFFIX, ''),
    status: state.status,
    // Capacity is compared only where we set it (unset, ConnexCS keeps its own default).
    ...(state.channels != null ? { channels: state.channels } : {}),
    ...(state.cps != null ? { cps: state.cps } : {}),
  };
}

/** The fields whose ConnexCS value differs from the base (both as ConnexCS keeps them). */
export function changedFields(base: Record<string, unknown>, theirs: CompanyValue): string[] {
  return COMPARED.filter((field) => field in base && (base[field] ?? null) !== (theirs[field] ?? null));
}
