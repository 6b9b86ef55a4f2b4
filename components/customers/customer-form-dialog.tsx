'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { TenantCombobox, useTenantLookupOne, type TenantLookupItem } from '@/components/tenancy/tenant-combobox';
import { NativeSelect } from '@/components/users/native-select';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage, TextFormField } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { apiFetch, applyFieldErrors } from '@/lib/api-client';
import { minorToDecimal, parseAmountToMinor } from '@/lib/billing/amounts';
import { billingCurrencies } from '@/lib/billing/currencies';
import { countries } from '@/lib/customers/countries';
import { createCustomerAccountSchema, MAX_CREDIT_LIMIT_MINOR } from '@/lib/customers/schemas';
import type { CustomerAccountView, CustomerCategoryView, CustomerGroupView } from '@/lib/customers/views';
import { customerKeys, customerUrls } from './api';

/** The credit limit is typed as an amount of the billing currency ("1,500.00"); the API takes minor units. */
type Values = z.input<typeof createCustomerAccountSchema> & { creditLimitAmount: string };
const FIELDS = ['tenantId', 'company', 'billingContactName', 'billingEmail', 'country', 'billingCurrency', 'billingModel', 'creditLimitAmount', 'categoryId', 'groupId'] as const;
const serverSchema = zodResolver(createCustomerAccountSchema) as unknown as Resolver<Values>;

/**
 * The server's schema, run on the minor units converted exactly from the typed amount
 * (lib/billing/amounts.ts); its credit limit problems, and the amount's own, land on the amount field.
 */
const resolver: Resolver<Values> = async (values, context, options) => {
  const postpaid = values.billingModel === 'postpaid';
  const typed = values.creditLimitAmount.trim();
  const amount = postpaid && typed ? parseAmountToMinor(typed, values.billingCurrency || 'EUR', MAX_CREDIT_LIMIT_MINOR) : null;
  const creditLimitMinor = postpaid && amount?.ok ? amount.minor : null;
  const result = await serverSchema({ ...values, creditLimitMinor }, context, options);
  const errors = { ...result.errors } as Record<string, unknown>;
  const limitError = amount && !amount.ok ? { type: 'validate', message: amount.error } : errors.creditLimitMinor;
  delete errors.creditLimitMinor;
  if (limitError) errors.creditLimitAmount = limitError;
  return Object.keys(errors).length ? { values: {}, errors: errors as never } : result;
};

/**
 * Create a customer account, or edit one's details; the server's field problems land under each
 * field. With `pickBrand` (platform staff) a new account's brand is chosen with the searching
 * tenant picker (the root brand until another is picked); an account never changes brand.
 */
export function CustomerFormDialog({
  open,
  onOpenChange,
  account,
  detailHref,
  pickBrand = false,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  account?: CustomerAccountView;
  detailHref?: string;
  pickBrand?: boolean;
}) {
  const editing = Boolean(account);
  const choosingBrand = pickBrand && !editing;
  const rootBrand = useTenantLookupOne(choosingBrand && open ? { root: true } : null);
  const [brand, setBrand] = useState<TenantLookupItem | null>(null);
  const router = useRouter();
  const queryClient = useQueryClient();
  const categories = useQuery({ queryKey: customerKeys.categories, queryFn: () => apiFetch<{ items: CustomerCategoryView[] }>(customerUrls.categories), enabled: open });
  const form = useForm<Values>({
    resolver,
    values: {
      tenantId: undefined,
      company: account?.company ?? '',
      billingContactName: account?.billingContactName ?? '',
      billingEmail: account?.billingEmail ?? '',
      country: account?.country ?? '',
      billingCurrency: account?.billingCurrency ?? 'EUR',
      billingModel: account?.billingModel ?? 'prepaid',
      creditLimitMinor: account?.creditLimitMinor ?? null,
      creditLimitAmount: account?.creditLimitMinor == null ? '' : minorToDecimal(account.creditLimitMinor, account.billingCurrency),
      categoryId: account?.categoryId ?? '',
      groupId: account?.groupId ?? null,
    },
  });
  const categoryId = useWatch({ control: form.control, name: 'categoryId' });
  const billingModel = useWatch({ control: form.control, name: 'billingModel' });
  const billingCurrency = useWatch({ control: form.control, name: 'billingCurrency' });
  const groups = useQuery({
    queryKey: [...customerKeys.groups, categoryId],
    queryFn: () => apiFetch<{ items: CustomerGroupView[] }>(customerUrls.groupsOf(categoryId)),
    enabled: open && /^[0-9a-f-]{36}$/i.test(categoryId ?? ''),
  });

  const save = useMutation({
    mutationFn: (values: Values) => {
      const { creditLimitAmount: _typed, ...rest } = values;
      const body = { ...rest, groupId: values.groupId || null, creditLimitMinor: values.billingModel === 'postpaid' ? values.creditLimitMinor : null };
      return editing
        ? apiFetch<{ id: string }>(customerUrls.detail(account!.id), { method: 'PATCH', body })
        : apiFetch<{ id: string }>(customerUrls.list, { method: 'POST', body });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: customerKeys.all });
      toast.success(editing ? 'Customer account saved' : 'Customer account created');
      onOpenChange(false);
      if (!editing && detailHref) router.push(`${detailHref}${saved.id}`);
      if (!editing) {
        form.reset();
        setBrand(null);
      }
    },
    onError: (error) => {
      // The API names the credit limit creditLimitMinor; the form shows it on the amount field.
      const setError = (name: string, e: { message: string }) => form.setError((name === 'creditLimitMinor' ? 'creditLimitAmount' : name) as never, e);
      const rest = applyFieldErrors(error, setError as never, [...FIELDS, 'creditLimitMinor']);
      if (rest) toast.error(rest);
    },
  });

  return (
    <Dialog open={open} onOpenChange={(v) => !save.isPending && onOpenChange(v)}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{editing ? 'Edit customer account' : 'New customer account'}</DialogTitle>
          <DialogDescription>{editing ? 'Billing details, category and group of this account.' : 'The company that buys and is billed. Invite its users once it exists.'}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((v) => save.mutate(v))} className="grid gap-4" noValidate data-testid="customer-form">
            {choosingBrand && (
              <FormField
                control={form.control}
                name="tenantId"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Brand</FormLabel>
                    <FormControl>
                      <TenantCombobox
                        label="Brand"
                        value={brand ?? rootBrand.data ?? null}
                        onChange={(next) => {
                          setBrand(next);
                          field.onChange(next?.id);
                        }}
                        data-testid="customer-brand"
                      />
                    </FormControl>
                    <FormDescription>The root brand or a reseller: the account is billed and served under it.</FormDescription>
                    <FormMessage />
                  </FormItem>
                )}
              />
            )}
            <TextFormField control={form.control} name="company" label="Company" autoComplete="off" data-testid="customer-company" />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextFormField control={form.control} name="billingContactName" label="Billing contact" autoComplete="off" data-testid="customer-contact" />
              <TextFormField control={form.control} name="billingEmail" label="Billing email" type="email" autoComplete="off" data-testid="customer-email" />
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="country"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Country</FormLabel>
                    <FormControl>
                      <NativeSelect {...field} value={field.value ?? ''} data-testid="customer-country">
                        <option value="">Choose a country</option>
                        {countries.map((c) => (
                          <option key={c.code} value={c.code}>
                            {c.name}
                          </option>
                        ))}
                      </NativeSelect>
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="billingCurrency"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Billing currency</FormLabel>
                    <FormControl>
                      <NativeSelect {...field} data-testid="customer-currency">
                        {billingCurrencies.map((c) => (
                          <option key={c.code} value={c.code}>
                            {c.code} — {c.name}
                          </option>
                        ))}
                      </NativeSelect>
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="billingModel"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Billing model</FormLabel>
                    <FormControl>
                      <NativeSelect {...field} data-testid="customer-billing-model">
                        <option value="prepaid">Prepaid</option>
                        <option value="postpaid">Postpaid</option>
                      </NativeSelect>
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              {billingModel === 'postpaid' && (
                <FormField
                  control={form.control}
                  name="creditLimitAmount"
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>Credit limit ({(billingCurrency || 'EUR').toUpperCase()})</FormLabel>
                      <FormControl>
                        <Input {...field} inputMode="decimal" autoComplete="off" placeholder="1,500.00" data-testid="customer-credit-limit" />
                      </FormControl>
                      <FormDescription>An amount in the billing currency, e.g. 1,500.00.</FormDescription>
                      <FormMessage />
                    </FormItem>
                  )}
                />
              )}
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="categoryId"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Category</FormLabel>
                    <FormControl>
                      <NativeSelect
                        {...field}
                        onChange={(e) => {
                          field.onChange(e.target.value);
                          form.setValue('groupId', null);
                        }}
                        data-testid="customer-category"
                      >
                        <option value="">Choose a category</option>
                        {(categories.data?.items ?? []).map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                      </NativeSelect>
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="groupId"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Group</FormLabel>
                    <FormControl>
                      <NativeSelect {...field} value={field.value ?? ''} onChange={(e) => field.onChange(e.target.value || null)} data-testid="customer-group">
                        <option value="">No group</option>
                        {(groups.data?.items ?? []).map((g) => (
                          <option key={g.id} value={g.id}>
                            {g.name}
                          </option>
                        ))}
                      </NativeSelect>
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
            </div>
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={save.isPending} data-testid="customer-form-cancel">
                Cancel
              </Button>
              <Button type="submit" disabled={save.isPending} data-testid="customer-form-submit">
                {save.isPending ? 'Saving…' : editing ? 'Save' : 'Create account'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
