import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { choosePort, freePort, nextFreePort, portIsFree, PortInUseError } from './ports';

const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function occupied(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return (server.address() as net.AddressInfo).port;
}

describe('port choice', () => {
  it('tells a free port from a taken one', async () => {
    expect(await portIsFree(await occupied())).toBe(false);
    expect(await portIsFree(await freePort())).toBe(true);
  });

  it('uses a configured port only when it is free, else names the setting in one line with a free suggestion', async () => {
    const free = await freePort();
    expect(await choosePort({ configured: free, preferred: 1, variable: 'PORT' })).toBe(free);
    const taken = await occupied();
    const error = await choosePort({ configured: taken, preferred: 1, variable: 'FAKE_BREVO_PORT' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toMatch(new RegExp(`^port ${taken} is in use by another program: set FAKE_BREVO_PORT to a free port \\(e\\.g\\. FAKE_BREVO_PORT=\\d+\\)$`));
    const suggested = Number(/=(\d+)\)$/.exec((error as Error).message)![1]);
    expect(suggested).toBeGreaterThan(taken);
    expect(await portIsFree(suggested)).toBe(true);
  });

  it('falls back from an unconfigured default that is taken to any free port; 0 means any free port', async () => {
    const taken = await occupied();
    const chosen = await choosePort({ configured: undefined, preferred: taken, variable: 'FAKE_S3_PORT' });
    expect(chosen).not.toBe(taken);
    expect(await portIsFree(chosen)).toBe(true);
    const preferred = await freePort();
    expect(await choosePort({ configured: undefined, preferred, variable: 'X' })).toBe(preferred);
    expect(await choosePort({ configured: 0, preferred, variable: 'X' })).toBeGreaterThan(0);
  });

  it('suggests nothing past the last port', async () => {
    expect(await nextFreePort(65535)).toBeUndefined();
  });
});
