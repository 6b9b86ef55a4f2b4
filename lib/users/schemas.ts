import { z } from 'zod';
import { roles } from '@/lib/auth/permissions';

/** Shared by the services and the admin forms, so both report the same field problems. */
export const inviteUserSchema = z.object({
  tenantId: z.uuid({ error: 'choose a tenant' }).optional(),
  name: z.string().trim().min(2, 'enter the person’s name').max(200),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email({ error: 'enter a valid email address' })),
  role: z.enum(roles, { error: 'choose a role' }),
});
export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const changeRoleSchema = z.object({ id: z.uuid(), role: z.enum(roles, { error: 'choose a role' }) });

export const startImpersonationSchema = z.object({
  id: z.uuid(),
  reason: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((v) => v || undefined),
});
