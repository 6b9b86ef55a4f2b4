import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { getCarrierProfile } from '@/lib/users/services/get-carrier-profile';

// The signed-in carrier's profile (company, account, users, contact): what the carrier portal's home shows.
export const GET = route({ key: 'v1.carrier.profile', permission: 'carrier.use' }, async ({ ctx }) => NextResponse.json(await getCarrierProfile({ ctx })));
