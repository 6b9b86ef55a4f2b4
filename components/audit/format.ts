/** UTC to the second: audit events are read in sequence, and minutes are too coarse. */
export function formatUtcSeconds(value: string | null | undefined): string {
  if (!value) return '—';
  return `${new Date(value).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
