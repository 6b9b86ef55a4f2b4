import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { whoAmI } from '@/lib/api-keys/services/who-am-i';

// Who the caller is: by API key (the key's name and scopes) or by session.
export const GET = route({ key: 'v1.me', permission: 'portal.use' }, async ({ ctx }) => NextResponse.json(whoAmI({ ctx })));
