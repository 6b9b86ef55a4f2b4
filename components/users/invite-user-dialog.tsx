'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage, TextFormField } from '@/components/ui/form';

import { apiFetch, applyFieldErrors } from '@/lib/api-client';
import { inviteUserSchema } from '@/lib/users/schemas';
import { assignableRoles } from './assignable-roles';
import { NativeSelect } from './native-select';
import type { TenantOption } from '@/lib/tenancy/views';
import { userKeys, userUrls } from './api';
import { roleLabel } from './user-badges';

type Values = z.input<typeof inviteUserSchema>;
const FIELDS = ['tenantId', 'name', 'email', 'role'] as const;

/** Creates an account in a tenant with a role; the invitee gets an email to choose their password. */
export function InviteUserDialog({ open, onOpenChange, tenants, isSuperAdmin }: { open: boolean; onOpenChange: (open: boolean) => void; tenants: TenantOption[]; isSuperAdmin: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const root = tenants.find((t) => t.isRoot) ?? tenants[0];
  const form = useForm<Values>({
    resolver: zodResolver(inviteUserSchema),
    defaultValues: { tenantId: root?.id, name: '', email: '', role: 'customer_user' },
  });
  const tenantId = useWatch({ control: form.control, name: 'tenantId' });
  const options = assignableRoles(tenants.find((t) => t.id === tenantId), isSuperAdmin);

  const invite = useMutation({
    mutationFn: (values: Values) => apiFetch<{ user: { id: string; email: string }; invitationSent: boolean }>(userUrls.list, { method: 'POST', body: values }),
    onSuccess: async ({ user, invitationSent }) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      if (invitationSent) toast.success(`Invitation sent to ${user.email}`);
      else toast.warning(`${user.email} was created, but the invitation email failed: resend it from the user’s page`);
      onOpenChange(false);
      form.reset();
      router.push(`/users/${user.id}`);
    },
    onError: (error) => {
      const rest = applyFieldErrors(error, form.setError as never, FIELDS);
      if (rest) toast.error(rest);
    },
  });

  return (
    <Dialog open={open} onOpenChange={(v) => !invite.isPending && onOpenChange(v)}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Invite user</DialogTitle>
          <DialogDescription>Creates the account and emails a link to choose a password. The link is valid for 7 days.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((v) => invite.mutate(v))} className="grid gap-4" noValidate data-testid="invite-form">
            <FormField
              control={form.control}
              name="tenantId"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Tenant</FormLabel>
                  <FormControl>
                    <NativeSelect
                      {...field}
                      onChange={(e) => {
                        field.onChange(e.target.value);
                        const next = assignableRoles(tenants.find((t) => t.id === e.target.value), isSuperAdmin);
                        if (!next.includes(form.getValues('role'))) form.setValue('role', 'customer_user');
                      }}
                      data-testid="invite-tenant"
                    >
                      {tenants.map((t) => (
                        <option key={t.id} value={t.id}>
                          {t.name}
                          {t.isRoot ? ' (root brand)' : ''}
                        </option>
                      ))}
                    </NativeSelect>
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <TextFormField control={form.control} name="name" label="Name" autoComplete="off" data-testid="invite-name" />
            <TextFormField control={form.control} name="email" label="Email" type="email" autoComplete="off" data-testid="invite-email" />
            <FormField
              control={form.control}
              name="role"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Role</FormLabel>
                  <FormControl>
                    <NativeSelect {...field} data-testid="invite-role">
                      {options.map((r) => (
                        <option key={r} value={r}>
                          {roleLabel(r)}
                        </option>
                      ))}
                    </NativeSelect>
                  </FormControl>
                  <FormDescription>Platform roles exist only on the root brand.</FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={invite.isPending} data-testid="invite-cancel">
                Cancel
              </Button>
              <Button type="submit" disabled={invite.isPending} data-testid="invite-submit">
                {invite.isPending ? 'Inviting…' : 'Send invitation'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
