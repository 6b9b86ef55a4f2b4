import fs from 'node:fs';
import { fakesInUse, parseConfig } from '../../lib/config';
import { prerenderedRoutesMissingFromList } from '../../lib/http/prerendered';

/**
 * What the prerendered pages (lib/http/prerendered.ts: marketing, docs) show of the configuration:
 * links to the other portals (ROOT_DOMAIN, PUBLIC_SCHEME, PORT: lib/tenancy/portal-url) and the
 * sandbox banner (mode, fakes in use). They are rendered by `next build`, so a start with another
 * value needs a new build, even when no source changed.
 */
export function buildConfigFingerprint(env: NodeJS.ProcessEnv): string {
  const cfg = parseConfig(env);
  return JSON.stringify({ root: cfg.ROOT_DOMAIN, scheme: cfg.PUBLIC_SCHEME, port: cfg.PORT, sandbox: cfg.isSandbox, fakes: fakesInUse(env).sort() });
}

const FILE = '.next/didtron-build-config.json';

export function builtForOtherConfig(env: NodeJS.ProcessEnv): boolean {
  try {
    return fs.readFileSync(FILE, 'utf8') !== buildConfigFingerprint(env);
  } catch {
    return true;
  }
}

export function recordBuildConfig(env: NodeJS.ProcessEnv): void {
  fs.writeFileSync(FILE, buildConfigFingerprint(env));
}

/** Prerendered routes the proxy would give a nonce policy (lib/http/prerendered.ts); [] when there is no build. */
export function prerenderedRoutesWithNoncePolicy(): string[] {
  try {
    return prerenderedRoutesMissingFromList(JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8')));
  } catch {
    return [];
  }
}
