/**
 * The theme script that runs before the first paint (no flash of the wrong theme), and the sha256 the
 * nonce policy allows it by, so that the root layout need not read the per-request nonce (reading it
 * would make every page dynamic). Our own text, not next-themes' script: that one is built from
 * `Function.prototype.toString()` of next-themes' bundled code, so its text (and hash) is whatever the
 * production build's minifier made of it (a hash taken from a render in Node did not match the
 * build's, and the nonce pages refused the script). next-themes' script is still rendered (it cannot
 * be switched off) but as `type="text/plain"`, which browsers neither run nor check against the policy.
 *
 * Same behaviour as next-themes with THEME_PROVIDER_PROPS: the stored choice (`localStorage.theme`)
 * or the system's, as a `light`/`dark` class and `color-scheme` on <html>.
 * lib/http/theme-script.test.ts holds the hash and the behaviour.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEME_PROVIDER_PROPS = {
  attribute: 'class',
  defaultTheme: 'system',
  enableSystem: true,
  disableTransitionOnChange: true,
  storageKey: THEME_STORAGE_KEY,
  scriptProps: { type: 'text/plain' },
} as const;

export const THEME_SCRIPT =
  '(function(){try{var d=document.documentElement,t=localStorage.getItem("theme")||"system";' +
  'if(t==="system")t=window.matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";' +
  'if(t==="light"||t==="dark"){d.classList.remove("light","dark");d.classList.add(t);d.style.colorScheme=t}}catch(e){}})()';

export const THEME_SCRIPT_SHA256 = 'sha256-i4iw6j9BOKcpVNIyBLKGXqcrgOERJG4sQkr3D7Ybpws=';
