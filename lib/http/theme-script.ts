/**
 * The props of next-themes' ThemeProvider (components/providers.tsx) and the sha256 of the inline
 * script it renders with them: the nonce policy allows that script by hash, so the root layout does
 * not read the per-request nonce. lib/http/theme-script.test.ts renders the provider and fails when
 * the script (a next-themes upgrade, a changed prop) no longer matches the hash.
 */
export const THEME_PROVIDER_PROPS = { attribute: 'class', defaultTheme: 'system', enableSystem: true, disableTransitionOnChange: true } as const;

export const THEME_SCRIPT_SHA256 = 'sha256-cd+HpnSsLaEz1lKWBNn+k+xOe1m2p5ZgfjoyNvHy9eU=';
