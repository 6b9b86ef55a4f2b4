'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage, TextFormField } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { apiFetch, applyFieldErrors } from '@/lib/api-client';
import { brandingSchema, createTenantSchema } from '@/lib/tenancy/branding-schema';
import { tenantKeys, tenantUrls } from './api';

type Values = z.input<typeof createTenantSchema>;
export type TenantFormTenant = { id: string; slug: string; name: string; primaryColor: string; accentColor: string; logoUrl: string | null; faviconUrl: string | null; supportEmail: string | null };

const FIELDS = ['slug', 'name', 'primaryColor', 'accentColor', 'logoUrl', 'faviconUrl', 'supportEmail'] as const;

/** Create a tenant (with its permanent slug) or edit an existing tenant's branding. */
export function TenantFormDialog({ open, onOpenChange, tenant }: { open: boolean; onOpenChange: (open: boolean) => void; tenant?: TenantFormTenant }) {
  const editing = Boolean(tenant);
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    resolver: zodResolver(editing ? brandingSchema.extend({ slug: createTenantSchema.shape.slug.optional() }) : createTenantSchema) as never,
    values: {
      slug: tenant?.slug ?? '',
      name: tenant?.name ?? '',
      primaryColor: tenant?.primaryColor ?? '#2563EB',
      accentColor: tenant?.accentColor ?? '#0EA5E9',
      logoUrl: tenant?.logoUrl ?? '',
      faviconUrl: tenant?.faviconUrl ?? '',
      supportEmail: tenant?.supportEmail ?? '',
    },
  });
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = { ...values, logoUrl: values.logoUrl || null, faviconUrl: values.faviconUrl || null, supportEmail: values.supportEmail || null };
      return editing
        ? apiFetch<{ id: string }>(tenantUrls.detail(tenant!.id), { method: 'PATCH', body: { ...body, slug: undefined } })
        : apiFetch<{ id: string }>(tenantUrls.list, { method: 'POST', body });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: tenantKeys.all });
      toast.success(editing ? 'Branding saved' : 'Tenant created');
      onOpenChange(false);
      if (!editing) router.push(`/tenants/${saved.id}`);
    },
    onError: (error) => {
      const rest = applyFieldErrors(error, form.setError as never, FIELDS);
      if (rest) toast.error(rest);
    },
  });

  return (
    <Dialog open={open} onOpenChange={(v) => !save.isPending && onOpenChange(v)}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{editing ? 'Edit branding' : 'New tenant'}</DialogTitle>
          <DialogDescription>
            {editing ? 'Name, colours, logo and support address shown on this tenant’s portal and emails.' : 'A white-label reseller with its own brand. The slug is permanent.'}
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((v) => save.mutate(v))} className="grid gap-4" noValidate data-testid="tenant-form">
            {!editing && (
              <TextFormField control={form.control} name="slug" label="Slug" description={<>Permanent; also serves the portal at <code>{'<slug>.<root domain>'}</code>. Lowercase letters, digits and dashes.</>} autoComplete="off" data-testid="tenant-slug" />
            )}
            <TextFormField control={form.control} name="name" label="Brand name" data-testid="tenant-name" />
            <div className="grid grid-cols-2 gap-4">
              {(['primaryColor', 'accentColor'] as const).map((name) => (
                <FormField
                  key={name}
                  control={form.control}
                  name={name}
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>{name === 'primaryColor' ? 'Primary colour' : 'Accent colour'}</FormLabel>
                      <div className="flex items-center gap-2">
                        <input
                          type="color"
                          aria-label={`${name === 'primaryColor' ? 'Primary' : 'Accent'} colour picker`}
                          value={/^#[0-9a-f]{6}$/i.test(field.value ?? '') ? field.value : '#000000'}
                          onChange={(e) => field.onChange(e.target.value.toUpperCase())}
                          className="h-9 w-10 cursor-pointer rounded border border-input bg-transparent"
                          data-testid={`tenant-${name}-picker`}
                        />
                        <FormControl>
                          <Input {...field} value={field.value ?? ''} data-testid={`tenant-${name}`} />
                        </FormControl>
                      </div>
                      <FormMessage />
                    </FormItem>
                  )}
                />
              ))}
            </div>
            {(['logoUrl', 'faviconUrl', 'supportEmail'] as const).map((name) => (
              <FormField
                key={name}
                control={form.control}
                name={name}
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{{ logoUrl: 'Logo URL', faviconUrl: 'Favicon URL', supportEmail: 'Support email' }[name]}</FormLabel>
                    <FormControl>
                      <Input {...field} value={field.value ?? ''} type={name === 'supportEmail' ? 'email' : 'text'} data-testid={`tenant-${name}`} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
            ))}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={save.isPending} data-testid="tenant-form-cancel">
                Cancel
              </Button>
              <Button type="submit" disabled={save.isPending} data-testid="tenant-form-submit">
                {save.isPending ? 'Saving…' : editing ? 'Save branding' : 'Create tenant'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
