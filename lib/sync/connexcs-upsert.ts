import type { ConnexcsClient, ConnexcsCompany } from '@/lib/integrations/connexcs';

/**
 * Idempotent upserts on ConnexCS. ConnexCS has no field for a foreign reference, so our reference
 * travels at the end of the company name ("Acme Ltd [DT-0123456789ab]"): before creating, the
 * company is looked up by it, so a retry after a lost answer (the create ran, its answer did not
 * arrive) finds the company it created instead of creating a second one.
 */

const NAME_MAX = 200;
const PAGE = 1000;

export function syncReference(entityId: string): string {
  return `DT-${entityId.replace(/-/g, '').slice(0, 12)}`;
}

export function remoteName(name: string, entityId: string): string {
  const suffix = ` [${syncReference(entityId)}]`;
  return `${name.slice(0, NAME_MAX - suffix.length).trim()}${suffix}`;
}

type Companies = ConnexcsClient['customers'] | ConnexcsClient['carriers'];

async function findByReference(api: Companies, entityId: string): Promise<ConnexcsCompany | undefined> {
  const tail = ` [${syncReference(entityId)}]`;
  for (let start = 0; ; start += PAGE) {
    const page = await api.list({ startRow: start, endRow: start + PAGE });
    const hit = page.find((c) => c.name.endsWith(tail));
    if (hit) return hit;
    if (page.length < PAGE) return undefined;
  }
}

export type CompanyState = { name: string; currency: string; status: 'Active' | 'Inactive'; channels?: number; cps?: number };

/** Creates or updates the company; answers its ConnexCS id. `knownId` is the id recorded by a previous push. */
export async function upsertCompany(api: Companies, entityId: string, state: CompanyState, knownId: number | null): Promise<number> {
  let existing: ConnexcsCompany | undefined;
  if (knownId !== null) existing = await api.get(knownId).catch(() => undefined);
  existing ??= await findByReference(api, entityId);
  const input = { name: remoteName(state.name, entityId), status: state.status, ...(state.channels != null ? { channels: state.channels } : {}), ...(state.cps != null ? { cps: state.cps } : {}) };
  if (existing) {
    await api.update(existing.id, input);
    return existing.id;
  }
  return (await api.create({ ...input, currency: state.currency })).id;
}

export type IpState = { ip: string; techPrefix: string; direction: 'ingress' | 'egress' };

/** Makes the company's IP authorisations exactly `wanted` (list, then add the missing, remove the extra). */
export async function syncIps(client: ConnexcsClient, companyId: number, wanted: IpState[]): Promise<{ added: number; removed: number }> {
  const key = (x: IpState) => `${x.ip}|${x.techPrefix}|${x.direction}`;
  const current = await client.ipAuth.list({ companyId });
  const want = new Map(wanted.map((w) => [key(w), w]));
  const have = new Set<string>();
  let removed = 0;
  for (const row of current) {
    const k = key({ ip: row.ip, techPrefix: row.tech_prefix ?? '', direction: row.direction });
    if (want.has(k) && !have.has(k)) {
      have.add(k);
      continue;
    }
    await client.ipAuth.remove(row.id);
    removed++;
  }
  let added = 0;
  for (const [k, w] of want) {
    if (have.has(k)) continue;
    await client.ipAuth.add({ companyId, ip: w.ip, techPrefix: w.techPrefix, direction: w.direction });
    added++;
  }
  return { added, removed };
}
