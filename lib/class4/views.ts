import type { CarrierBalanceRow, CarrierContactRow, CarrierInterconnectRow, CarrierRow, CarrierServiceRow } from '@/db/schema';

/** JSON shapes of the Class 4 records (API and pages): timestamps as ISO strings, money as integer minor units. */

export type CarrierContactView = { id: string; kind: CarrierContactRow['kind']; name: string; email: string | null; phone: string | null };

export type CarrierBalanceView = {
  currency: string;
  customerBalanceMinor: number;
  supplierBalanceMinor: number;
  /** customer balance - supplier balance. */
  netExposureMinor: number;
  /** Below the carrier's low balance alert (customer balance), exposure alert or exposure limit. */
  lowBalance: boolean;
  exposureAlert: boolean;
  exposureLimitReached: boolean;
  updatedAt: string;
};

export type CarrierView = {
  id: string;
  tenantId: string;
  name: string;
  code: string;
  type: CarrierRow['type'];
  status: CarrierRow['status'];
  primaryCurrency: string;
  currencies: string[];
  creditLimitMinor: number | null;
  supplierCreditLimitMinor: number | null;
  lowBalanceAlertMinor: number | null;
  exposureAlertMinor: number | null;
  exposureLimitMinor: number | null;
  maxChannels: number | null;
  maxCps: number | null;
  customerAccountId: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
};

export type CarrierDetailView = CarrierView & {
  contacts: CarrierContactView[];
  balances: CarrierBalanceView[];
  users: Array<{ id: string; name: string; email: string }>;
  counts: { interconnects: number; services: number };
};

export function carrierView(row: CarrierRow): CarrierView {
  return {
    id: row.id,
    tenantId: row.tenantId,
    name: row.name,
    code: row.code,
    type: row.type,
    status: row.status,
    primaryCurrency: row.primaryCurrency,
    currencies: row.currencies,
    creditLimitMinor: row.creditLimitMinor,
    supplierCreditLimitMinor: row.supplierCreditLimitMinor,
    lowBalanceAlertMinor: row.lowBalanceAlertMinor,
    exposureAlertMinor: row.exposureAlertMinor,
    exposureLimitMinor: row.exposureLimitMinor,
    maxChannels: row.maxChannels,
    maxCps: row.maxCps,
    customerAccountId: row.customerAccountId,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function contactView(row: CarrierContactRow): CarrierContactView {
  return { id: row.id, kind: row.kind, name: row.name, email: row.email, phone: row.phone };
}

/** Net exposure and its alerts; the thresholds are the carrier's (in its primary currency, applied to each balance row). */
export function balanceView(row: CarrierBalanceRow, carrier: Pick<CarrierRow, 'lowBalanceAlertMinor' | 'exposureAlertMinor' | 'exposureLimitMinor'>): CarrierBalanceView {
  const net = row.customerBalanceMinor - row.supplierBalanceMinor;
  return {
    currency: row.currency,
    customerBalanceMinor: row.customerBalanceMinor,
    supplierBalanceMinor: row.supplierBalanceMinor,
    netExposureMinor: net,
    lowBalance: carrier.lowBalanceAlertMinor !== null && row.customerBalanceMinor < carrier.lowBalanceAlertMinor,
    exposureAlert: carrier.exposureAlertMinor !== null && net < carrier.exposureAlertMinor,
    exposureLimitReached: carrier.exposureLimitMinor !== null && net < carrier.exposureLimitMinor,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type InterconnectView = Omit<CarrierInterconnectRow, 'createdAt' | 'updatedAt'> & { addresses: string[]; carrierName: string; popName: string | null; serviceCount: number; createdAt: string; updatedAt: string };

export function interconnectView(row: CarrierInterconnectRow, extra: { addresses: string[]; carrierName: string; popName: string | null; serviceCount: number }): InterconnectView {
  return { ...row, ...extra, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export type ServiceView = Omit<CarrierServiceRow, 'createdAt' | 'updatedAt' | 'interconnectDirection' | 'routeInterconnectDirection'> & {
  carrierName: string;
  interconnectName: string;
  routeInterconnectName: string | null;
  createdAt: string;
  updatedAt: string;
};

export function serviceView(row: CarrierServiceRow, extra: { carrierName: string; interconnectName: string; routeInterconnectName: string | null }): ServiceView {
  const { interconnectDirection: _i, routeInterconnectDirection: _r, ...rest } = row;
  return { ...rest, ...extra, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
