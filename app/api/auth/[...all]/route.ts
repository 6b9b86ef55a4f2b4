import { toNextJsHandler } from 'better-auth/next-js';
import { handleAuthRequest } from '@/lib/auth/handler';

// Better Auth for the tenant of the request's host (lib/auth/handler.ts): sign-up, sign-in,
// verification, password reset, two-factor, sessions.
export const { GET, POST } = toNextJsHandler(handleAuthRequest);
