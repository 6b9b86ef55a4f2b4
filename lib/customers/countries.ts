/**
 * ISO 3166-1 alpha-2 country codes (the 249 assigned ones, plus XK Kosovo, which carriers and
 * payment providers use), with names from the runtime's CLDR data (Intl.DisplayNames). CLDR also
 * names withdrawn codes (AN, BU, CS, DD, YU, ZR...), exceptional reservations (AC, CP, DG, EA, IC,
 * TA, UK, EU...) and groupings; they are left out so the list is exactly the assigned codes.
 */
const NOT_COUNTRIES = new Set([
  'AC', 'AN', 'BU', 'CP', 'CQ', 'CS', 'DD', 'DG', 'DY', 'EA', 'EU', 'EZ', 'FX', 'HV', 'IC', 'NH', 'QO', 'RH',
  'SU', 'TA', 'TP', 'UK', 'UN', 'VD', 'XA', 'XB', 'YD', 'YU', 'ZR', 'ZZ',
]);

const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

export type Country = { code: string; name: string };

export const countries: readonly Country[] = (() => {
  const out: Country[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name && name !== code) out.push({ code, name });
    }
  }
  return out.sort((x, y) => x.name.localeCompare(y.name));
})();

const codes = new Set(countries.map((c) => c.code));

export function isCountryCode(code: string): boolean {
  return codes.has(code);
}

export function countryName(code: string): string {
  return names.of(code) ?? code;
}
