import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { setOnboardingStateSchema } from '@/lib/users/schemas';
import { setOnboardingState } from '@/lib/users/services/set-onboarding-state';

export const POST = route(
  { key: 'admin.users.onboarding', permission: 'users.onboarding', portal: 'admin', params: pathParams('id'), body: setOnboardingStateSchema, bodyFromPath: ({ id }) => ({ id }) },
  async ({ ctx, body }) => NextResponse.json(await setOnboardingState({ ctx, input: body })),
);
