import { z } from 'zod';
import type { Json } from '@/lib/json';
import { opaqueId, timestamp } from '@/lib/openapi/conventions';
import type { CarrierProfileView } from './services/get-carrier-profile';

/**
 * The JSON shape of the carrier profile operation, for the OpenAPI document; checked against the
 * service's view type below, so the two cannot drift.
 */
export const carrierProfileSchema = z
  .object({
    company: z.object({ name: z.string().nullable() }),
    account: z.object({ id: opaqueId(), name: z.string(), email: z.string(), role: z.string(), twoFactorEnabled: z.boolean(), createdAt: timestamp() }),
    users: z.array(z.object({ id: opaqueId(), name: z.string(), email: z.string(), status: z.string(), invitationPending: z.boolean(), you: z.boolean() })).meta({ description: 'The carrier\'s accounts on this brand (at most 100)' }),
    contact: z.object({ brandName: z.string(), supportEmail: z.string().nullable() }),
  })
  .meta({
    id: 'CarrierProfile',
    examples: [
      {
        company: { name: 'Acme Voice' },
        account: { id: '7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a', name: 'Noc', email: 'noc@acme.example', role: 'carrier_user', twoFactorEnabled: true, createdAt: '2026-12-01T09:30:00.000Z' },
        users: [{ id: '7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a', name: 'Noc', email: 'noc@acme.example', status: 'active', invitationPending: false, you: true }],
        contact: { brandName: 'DIDTron', supportEmail: 'support@didtron.example' },
      },
    ],
  });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const check: Same<z.output<typeof carrierProfileSchema>, Json<CarrierProfileView>> = true;
void check;
