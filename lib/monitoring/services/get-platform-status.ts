import type { PlatformStatus } from '../types';
import { readOverallStatus } from './get-system-status';

/** Anonymous visitors poll this: one computation serves every request for this long. */
const CACHE_MS = 30_000;
let cache: { at: number; value: Promise<PlatformStatus> } | undefined;

/**
 * The overall level System Status is at (the worst of active alerts and module health), for the
 * header of portals whose users cannot see System Status: customers, carriers, signed-out visitors.
 * Public by design, like a status page: it names no alert, module or figure. A failed read is not
 * cached.
 */
export async function getPlatformStatus(now = Date.now()): Promise<PlatformStatus> {
  if (!cache || now - cache.at >= CACHE_MS) {
    const value = readOverallStatus().then((s) => ({ level: s.level }));
    cache = { at: now, value };
    value.catch(() => {
      if (cache?.value === value) cache = undefined;
    });
  }
  return cache.value;
}
