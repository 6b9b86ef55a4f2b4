/**
 * IP addresses and CIDRs of interconnects, parsed without node:net (the forms use the same rules
 * in the browser). An address without a mask is a host (/32 or /128); a CIDR must have its host
 * bits clear (PostgreSQL's cidr refuses 203.0.113.5/24), so the form can say which network was meant.
 */

function parseV4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255) return null;
    value = (value << 8n) | BigInt(p);
  }
  return value;
}

function parseV6(text: string): bigint | null {
  if (!/^[0-9a-fA-F:.]{2,45}$/.test(text)) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string): string[] | null => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return null;
  // An embedded IPv4 tail (::ffff:192.0.2.1) counts as two groups.
  const all = [...head, ...tail];
  const last = all.at(-1);
  const words: string[] = [];
  const expand = (list: string[]) => {
    const out: string[] = [];
    for (const g of list) {
      if (g.includes('.')) {
        const v4 = parseV4(g);
        if (v4 === null || g !== last) return null;
        out.push(((v4 >> 16n) & 0xffffn).toString(16), (v4 & 0xffffn).toString(16));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) out.push(g);
      else return null;
    }
    return out;
  };
  const h = expand(head);
  const t = expand(tail);
  if (!h || !t) return null;
  if (halves.length === 2) {
    const missing = 8 - h.length - t.length;
    if (missing < 1) return null;
    words.push(...h, ...Array<string>(missing).fill('0'), ...t);
  } else words.push(...h);
  if (words.length !== 8) return null;
  return words.reduce((acc, w) => (acc << 16n) | BigInt(`0x${w}`), 0n);
}

export type ParsedCidr = { family: 4 | 6; value: bigint; bits: number };

export function parseCidr(text: string): ParsedCidr | null {
  const [addr, mask, ...rest] = text.trim().split('/');
  if (rest.length || !addr) return null;
  const v4 = parseV4(addr);
  const family = v4 !== null ? 4 : 6;
  const value = v4 ?? parseV6(addr);
  if (value === null) return null;
  const width = family === 4 ? 32 : 128;
  if (mask !== undefined && !/^(0|[1-9][0-9]{0,2})$/.test(mask)) return null;
  const bits = mask === undefined ? width : Number(mask);
  if (bits > width) return null;
  return { family, value, bits };
}

function hostBits({ family, value, bits }: ParsedCidr): bigint {
  const width = family === 4 ? 32 : 128;
  return value & ((1n << BigInt(width - bits)) - 1n);
}

/** An IPv4/IPv6 address, or a CIDR whose host bits are clear. */
export function isIpOrCidr(text: string): boolean {
  const parsed = parseCidr(text);
  return parsed !== null && hostBits(parsed) === 0n;
}

function format({ family, value }: ParsedCidr): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => ((value >> s) & 0xffn).toString()).join('.');
  const words = Array.from({ length: 8 }, (_, i) => ((value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  // Compress the longest run of zero words (RFC 5952), as PostgreSQL prints it.
  let best = { start: -1, len: 0 };
  for (let i = 0; i < 8; ) {
    if (words[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === '0') j++;
    if (j - i > best.len && j - i > 1) best = { start: i, len: j - i };
    i = j;
  }
  if (best.start < 0) return words.join(':');
  return `${words.slice(0, best.start).join(':')}::${words.slice(best.start + best.len).join(':')}`;
}

/** The canonical text PostgreSQL's cidr prints: the network with its mask (203.0.113.10 -> 203.0.113.10/32). */
export function normaliseCidr(text: string): string {
  const parsed = parseCidr(text);
  if (!parsed) return text;
  return `${format(parsed)}/${parsed.bits}`;
}

/** Whether two networks share an address (PostgreSQL's && on inet). */
export function cidrsOverlap(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  if (!x || !y || x.family !== y.family) return false;
  const width = x.family === 4 ? 32 : 128;
  const bits = Math.min(x.bits, y.bits);
  const shift = BigInt(width - bits);
  return x.value >> shift === y.value >> shift;
}
