import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http/route';
import { onboardingStateBodySchema } from '@/lib/users/schemas';
import { setOnboardingState } from '@/lib/users/services/set-onboarding-state';

export const POST = route<{ id: string }>({ key: 'admin.users.onboarding', permission: 'users.onboarding', portal: 'admin' }, async ({ req, ctx, params }) => {
  const body = await readJson(req, onboardingStateBodySchema);
  return NextResponse.json(await setOnboardingState({ ctx, input: { ...body, id: params.id } }));
});
