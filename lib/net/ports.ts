import net from 'node:net';

/**
 * Port choice for the local servers the sandbox launcher starts (web, embedded PostgreSQL, fakes):
 * a configured port must be free, an unconfigured one falls back to any free port.
 */

/** A port someone else holds, with the one line that says what to change. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly variable: string,
    suggestion?: number,
  ) {
    super(`port ${port} is in use by another program: set ${variable} to a free port${suggestion ? ` (e.g. ${variable}=${suggestion})` : ''}`);
    this.name = 'PortInUseError';
  }
}

/** Whether this process could listen on host:port right now (a probe: listens, then closes). */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the system reports free on host (it may be taken again before use; callers bind soon after). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The first free port after `port`, to suggest in an error (undefined when none nearby is). */
export async function nextFreePort(port: number, host = '127.0.0.1'): Promise<number | undefined> {
  for (let candidate = port + 1; candidate <= Math.min(port + 50, 65535); candidate++) {
    if (await portIsFree(candidate, host)) return candidate;
  }
  return undefined;
}

/**
 * The port to listen on: `configured` (the setting's value) must be free, else PortInUseError
 * names `variable`; unconfigured, `preferred` when free, else any free port. 0 means any free port.
 */
export async function choosePort(options: { configured: number | undefined; preferred: number; variable: string; host?: string }): Promise<number> {
  const host = options.host ?? '127.0.0.1';
  if (options.configured === 0) return freePort(host);
  if (options.configured !== undefined) {
    if (await portIsFree(options.configured, host)) return options.configured;
    throw new PortInUseError(options.configured, options.variable, await nextFreePort(options.configured, host));
  }
  return (await portIsFree(options.preferred, host)) ? options.preferred : freePort(host);
}
