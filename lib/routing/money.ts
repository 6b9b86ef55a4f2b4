/** Signed micro-units -> exact decimal string with 6 decimals ("-0.001500"), no floats (margins can be negative). */
export function signedMicroToDecimal(micro: number): string {
  const abs = BigInt(Math.abs(micro)).toString().padStart(7, '0');
  return `${micro < 0 ? '-' : ''}${abs.slice(0, -6)}.${abs.slice(-6)}`;
}
