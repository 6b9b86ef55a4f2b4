import { describe, expect, it } from 'vitest';
import { LaunchError } from './launch';
import { nextListenArgs } from './next-listen';

describe('nextListenArgs', () => {
  it('gives Next loopback as localhost, resolved IPv4 first (so it listens on 127.0.0.1)', () => {
    expect(nextListenArgs('127.0.0.1')).toEqual({ node: ['--dns-result-order=ipv4first'], next: ['-H', 'localhost'] });
  });
  it('passes other addresses through, and refuses loopback literals Next would mangle', () => {
    expect(nextListenArgs('0.0.0.0')).toEqual({ node: [], next: ['-H', '0.0.0.0'] });
    expect(nextListenArgs('localhost')).toEqual({ node: [], next: ['-H', 'localhost'] });
    expect(nextListenArgs('192.168.1.20').next).toEqual(['-H', '192.168.1.20']);
    expect(() => nextListenArgs('::1')).toThrow(LaunchError);
    expect(() => nextListenArgs('127.0.0.2')).toThrow(/use 127\.0\.0\.1/);
  });
});
