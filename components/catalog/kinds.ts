/**
 * How each catalogue kind appears in the admin console: titles, the form's fields, the list's
 * columns and how a value is shown. The rules themselves are the shared zod schemas
 * (lib/catalog/schemas.ts); this file only describes presentation.
 */
import { authMethodKinds, didProviderStatuses, popRegions, popStatuses, type CatalogKindKey } from '@/lib/catalog/schemas';

export type FieldType = 'text' | 'textarea' | 'number' | 'optional-number' | 'select' | 'list';
export type FieldDef = { name: string; label: string; type: FieldType; options?: ReadonlyArray<{ value: string; label: string }>; description?: string };
export type KindUi = {
  key: CatalogKindKey;
  title: string;
  singular: string;
  description: string;
  /** The audit entity of the kind (lib/audit/names.ts). */
  entity: string;
  fields: FieldDef[];
  /** List columns besides the name (first) and created (last). */
  columns: string[];
  searchLabel: string;
  statusFilter?: ReadonlyArray<{ value: string; label: string }>;
};

const label = (s: string) => s.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const optionsOf = (values: readonly string[], names: Record<string, string> = {}) => values.map((value) => ({ value, label: names[value] ?? label(value) }));

const regionNames: Record<string, string> = { north_america: 'North America', south_america: 'South America', asia_pacific: 'Asia Pacific', middle_east: 'Middle East' };
const authKindNames: Record<string, string> = { ip: 'IP address', credentials: 'SIP credentials' };

const description: FieldDef = { name: 'description', label: 'Description', type: 'textarea' };

export const kindUi: Record<CatalogKindKey, KindUi> = {
  pops: {
    key: 'pops',
    title: 'POPs',
    singular: 'POP',
    description: 'Points of presence: where customers send SIP and where media is anchored.',
    entity: 'catalog_pop',
    fields: [
      { name: 'name', label: 'Name', type: 'text' },
      { name: 'code', label: 'Code', type: 'text', description: 'Short and stable, e.g. LON1. Letters, digits and dashes.' },
      { name: 'region', label: 'Region', type: 'select', options: optionsOf(popRegions, regionNames) },
      { name: 'ipAddresses', label: 'IP addresses', type: 'list', description: 'One IPv4 or IPv6 address per line (no prefix length).' },
      { name: 'status', label: 'Status', type: 'select', options: optionsOf(popStatuses) },
      description,
    ],
    columns: ['code', 'region', 'ipAddresses', 'status'],
    searchLabel: 'Search name or code',
    statusFilter: optionsOf(popStatuses),
  },
  'voice-tiers': {
    key: 'voice-tiers',
    title: 'Voice tiers',
    singular: 'Voice tier',
    description: 'The quality tiers of voice termination and the targets each one is held to.',
    entity: 'catalog_voice_tier',
    fields: [
      { name: 'name', label: 'Name', type: 'text' },
      { name: 'rank', label: 'Rank', type: 'number', description: '1 is the best tier; each rank is used once.' },
      { name: 'asrTargetBp', label: 'ASR target (basis points)', type: 'number', description: '5500 = 55.00 % of attempts answered.' },
      { name: 'acdTargetSeconds', label: 'ACD target (seconds)', type: 'number' },
      { name: 'pddTargetMs', label: 'PDD target (ms)', type: 'number', description: 'Post-dial delay: at most this long before ringing.' },
      description,
    ],
    columns: ['rank', 'asrTargetBp', 'acdTargetSeconds', 'pddTargetMs'],
    searchLabel: 'Search name',
  },
  codecs: {
    key: 'codecs',
    title: 'Codecs',
    singular: 'Codec',
    description: 'Media codecs offered on trunks, with their RTP payload type and clock rate.',
    entity: 'catalog_codec',
    fields: [
      { name: 'name', label: 'Name', type: 'text' },
      { name: 'payloadType', label: 'Payload type', type: 'optional-number', description: 'Static RTP payload type (0-95); empty for a dynamic one negotiated per call.' },
      { name: 'clockRate', label: 'Clock rate (Hz)', type: 'number' },
      description,
    ],
    columns: ['payloadType', 'clockRate'],
    searchLabel: 'Search name',
  },
  'auth-methods': {
    key: 'auth-methods',
    title: 'Auth methods',
    singular: 'Auth method',
    description: 'How a customer trunk authenticates: by source IP or by SIP credentials.',
    entity: 'catalog_auth_method',
    fields: [{ name: 'name', label: 'Name', type: 'text' }, { name: 'kind', label: 'Kind', type: 'select', options: optionsOf(authMethodKinds, authKindNames) }, description],
    columns: ['kind'],
    searchLabel: 'Search name',
  },
  'channel-plans': {
    key: 'channel-plans',
    title: 'Channel/CPS plans',
    singular: 'Channel/CPS plan',
    description: 'Capacity plans: concurrent channels and calls per second.',
    entity: 'catalog_channel_plan',
    fields: [
      { name: 'name', label: 'Name', type: 'text' },
      { name: 'channels', label: 'Channels', type: 'number' },
      { name: 'cps', label: 'Calls per second', type: 'number' },
      description,
    ],
    columns: ['channels', 'cps'],
    searchLabel: 'Search name',
  },
  'did-countries': {
    key: 'did-countries',
    title: 'DID countries',
    singular: 'DID country',
    description: 'Countries where numbers are sold, with the regulator’s requirements and the KYC documents asked.',
    entity: 'catalog_did_country',
    fields: [
      { name: 'isoCode', label: 'ISO code', type: 'text', description: 'ISO 3166-1 alpha-2, e.g. DE.' },
      { name: 'name', label: 'Name', type: 'text' },
      { name: 'requirements', label: 'Requirements', type: 'textarea' },
      { name: 'kycDocuments', label: 'KYC documents', type: 'list', description: 'One document per line.' },
      description,
    ],
    columns: ['isoCode', 'kycDocuments'],
    searchLabel: 'Search name or ISO code',
  },
  'did-providers': {
    key: 'did-providers',
    title: 'DID providers',
    singular: 'DID provider',
    description: 'Wholesale number suppliers and the countries they cover.',
    entity: 'catalog_did_provider',
    fields: [
      { name: 'name', label: 'Name', type: 'text' },
      { name: 'countries', label: 'Countries', type: 'list', description: 'ISO codes, one per line or separated by commas.' },
      { name: 'status', label: 'Status', type: 'select', options: optionsOf(didProviderStatuses) },
      description,
    ],
    columns: ['countries', 'status'],
    searchLabel: 'Search name',
    statusFilter: optionsOf(didProviderStatuses),
  },
};

export const kindOrder: CatalogKindKey[] = ['pops', 'voice-tiers', 'codecs', 'auth-methods', 'channel-plans', 'did-countries', 'did-providers'];

export function fieldDef(kind: CatalogKindKey, name: string): FieldDef | undefined {
  return kindUi[kind].fields.find((f) => f.name === name);
}

/** A value as text for lists and the overview. */
export function displayValue(kind: CatalogKindKey, name: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return name === 'payloadType' ? 'dynamic' : '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (name === 'asrTargetBp' && typeof value === 'number') return `${(value / 100).toFixed(2)} %`;
  if (name === 'acdTargetSeconds' && typeof value === 'number') return `${value} s`;
  if (name === 'pddTargetMs' && typeof value === 'number') return `${value} ms`;
  if (name === 'clockRate' && typeof value === 'number') return `${value} Hz`;
  const option = fieldDef(kind, name)?.options?.find((o) => o.value === value);
  return option ? option.label : String(value);
}
