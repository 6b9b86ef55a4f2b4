import type { NextConfig } from 'next';

/** The bare counterpart of the app for `npm run bench:http` (bench/http/run.ts): same Next.js, no features. */
const nextConfig: NextConfig = { poweredByHeader: false, typescript: { ignoreBuildErrors: true } };

export default nextConfig;
