import { ConfigError, parseConfig } from '@/lib/config';

/** The problems parseConfig reports for an environment (empty when it is valid). */
export function configProblems(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

/** The core settings of a valid production environment, for tests of one more area's settings. */
export const PRODUCTION_CORE = {
  APP_MODE: 'production',
  DATABASE_URL: 'postgres://owner:pw@db.example:5432/didtron',
  APP_DB_PASSWORD: 'a-long-app-password',
  ROOT_DOMAIN: 'didtron.com',
  PUBLIC_SCHEME: 'https',
} as const;
