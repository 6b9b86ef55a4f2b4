import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { whoAmISchema } from '@/lib/api-keys/api-schemas';
import { whoAmI } from '@/lib/api-keys/services/who-am-i';

// Who the caller is: by API key (the key's name and scopes) or by session.
export const GET = route(
  {
    key: 'v1.me',
    permission: 'portal.use',
    response: whoAmISchema,
    operation: { id: 'getMe', summary: 'Who am I', tag: 'Identity', description: 'The tenant, user and key this request is authenticated as, and what it may do. The first call to make with a new key.' },
  },
  async ({ ctx }) => NextResponse.json(whoAmI({ ctx })),
);
