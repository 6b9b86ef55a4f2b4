import { resolveHost, rewritePath } from '../lib/tenancy/resolve-host';

// The pure part of every request's routing: how many host resolutions + rewrites per second.
const hosts = ['didtron.com', 'www.didtron.com', 'admin.didtron.com:443', 'SWITCH.PBX.didtron.com.', 'acme.didtron.com', 'voice.acmetelecom.com', 'vöice.example.com', '127.0.0.1'];
const iterations = 400_000;
let sink = 0;
const started = performance.now();
for (let i = 0; i < iterations; i++) {
  const r = resolveHost(hosts[i % hosts.length], 'didtron.com');
  if (r.kind === 'portal') sink += rewritePath(r, '/tenants').length;
}
const ms = performance.now() - started;
console.log(`resolveHost + rewritePath                    ${Math.round(iterations / (ms / 1000)).toLocaleString('en-US')} per second (${(ms * 1000 / iterations).toFixed(2)} µs each; sink ${sink})`);
