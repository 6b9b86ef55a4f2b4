import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { carrierProfileSchema } from '@/lib/users/api-schemas';
import { getCarrierProfile } from '@/lib/users/services/get-carrier-profile';

// The signed-in carrier's profile (company, account, users, contact): what the carrier portal's home shows.
export const GET = route(
  {
    key: 'v1.carrier.profile',
    permission: 'carrier.use',
    response: carrierProfileSchema,
    operation: { id: 'getCarrierProfile', summary: "The carrier's profile", tag: 'Carrier', description: 'Company, account, colleagues and whom to contact. On the carrier portal host, for carrier users.' },
  },
  async ({ ctx }) => NextResponse.json(await getCarrierProfile({ ctx })),
);
