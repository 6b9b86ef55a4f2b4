import { LaunchError } from './launch';

/**
 * How to make `next start`/`next dev` listen on `bindHost`. Next.js turns 127.0.0.1 and [::1] into
 * "localhost" in the proxy's request URL but compares rewrite targets with the -H address as given:
 * with -H 127.0.0.1 every rewrite looks like another origin and Next proxies the request to itself
 * until it hangs. Loopback therefore goes to Next as "localhost", resolved IPv4 first so that the
 * server still listens on 127.0.0.1 (where the health check and the local scheduler call it).
 */
export function nextListenArgs(bindHost: string): { node: string[]; next: string[] } {
  if (bindHost === '127.0.0.1') return { node: ['--dns-result-order=ipv4first'], next: ['-H', 'localhost'] };
  if (/^127\.|^\[?::1\]?$/.test(bindHost)) {
    throw new LaunchError(`HOST=${bindHost} is a loopback address Next.js cannot serve this app on: use 127.0.0.1 (the default) or localhost`);
  }
  return { node: [], next: ['-H', bindHost] };
}
