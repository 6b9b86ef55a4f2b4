'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { apiFetch, applyFieldErrors } from '@/lib/api-client';
import { catalogSchemas, catalogUpdateSchemas, type CatalogKindKey } from '@/lib/catalog/schemas';
import { catalogKeys, catalogPages, catalogUrls } from './api';
import { GenerateDescriptionButton } from './generate-description-button';
import { kindUi, type FieldDef } from './kinds';

/** The form keeps every field as text (lists one item per line); toBody turns it into the API's shape. */
type Values = Record<string, string>;
type Item = { id: string } & Record<string, unknown>;

function toText(field: FieldDef, value: unknown): string {
  if (Array.isArray(value)) return value.join('\n');
  if (value === null || value === undefined) return field.type === 'select' ? (field.options?.[0]?.value ?? '') : '';
  return String(value);
}

function toBody(fields: FieldDef[], values: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = values[f.name] ?? '';
    if (f.type === 'list') body[f.name] = raw.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
    else if (f.type === 'number') body[f.name] = raw.trim() === '' ? undefined : Number(raw);
    else if (f.type === 'optional-number') body[f.name] = raw.trim() === '' ? null : Number(raw);
    else body[f.name] = raw;
  }
  return body;
}

/** Validates with the kind's zod schema (the service's own rules) and puts each problem on its field. */
function resolverFor(kind: CatalogKindKey, editing: boolean): Resolver<Values> {
  const fields = kindUi[kind].fields;
  const schema = editing ? catalogUpdateSchemas[kind] : catalogSchemas[kind];
  return async (values) => {
    const result = schema.safeParse(toBody(fields, values));
    if (result.success) return { values, errors: {} };
    const errors: FieldErrors<Values> = {};
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? 'name');
      if (errors[name]) continue;
      const line = issue.path.length > 1 && typeof issue.path[1] === 'number' ? `line ${issue.path[1] + 1}: ` : '';
      errors[name] = { type: issue.code, message: `${line}${issue.message}` };
    }
    return { values: {}, errors };
  };
}

export function CatalogFormDialog({ kind, open, onOpenChange, item, aiConfigured }: { kind: CatalogKindKey; open: boolean; onOpenChange: (open: boolean) => void; item?: Item; aiConfigured: boolean }) {
  const ui = kindUi[kind];
  const editing = Boolean(item);
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    resolver: resolverFor(kind, editing),
    values: Object.fromEntries(ui.fields.map((f) => [f.name, toText(f, item?.[f.name])])),
  });
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = toBody(ui.fields, values);
      return editing ? apiFetch<Item>(catalogUrls.item(kind, item!.id), { method: 'PATCH', body }) : apiFetch<Item>(catalogUrls.list(kind), { method: 'POST', body });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: catalogKeys.kind(kind) });
      toast.success(editing ? `${ui.singular} saved` : `${ui.singular} created`);
      onOpenChange(false);
      if (!editing) router.push(catalogPages.item(kind, saved.id));
    },
    onError: (error) => {
      const rest = applyFieldErrors(
        error,
        // A problem on a list item (ipAddresses.2) belongs to its field.
        ((name: string, e: { message: string }) => form.setError(name.split('.')[0]!, e)) as never,
        ui.fields.flatMap((f) => [f.name, ...Array.from({ length: 250 }, (_, i) => `${f.name}.${i}`)]),
      );
      if (rest) toast.error(rest);
    },
  });

  return (
    <Dialog open={open} onOpenChange={(v) => !save.isPending && onOpenChange(v)}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{editing ? `Edit ${ui.singular}` : `New ${ui.singular}`}</DialogTitle>
          <DialogDescription>{ui.description}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((v) => save.mutate(v))} className="grid gap-4" noValidate data-testid="catalog-form">
            {ui.fields.map((f) => (
              <FormField
                key={f.name}
                control={form.control}
                name={f.name}
                render={({ field }) => (
                  <FormItem>
                    <div className="flex items-center justify-between gap-2">
                      <FormLabel>{f.label}</FormLabel>
                      {f.name === 'description' && <GenerateDescriptionButton configured={aiConfigured} />}
                    </div>
                    {f.type === 'select' ? (
                      <Select value={field.value} onValueChange={field.onChange}>
                        <FormControl>
                          <SelectTrigger className="w-full" data-testid={`field-${f.name}`}>
                            <SelectValue placeholder={`Choose ${f.label.toLowerCase()}`} />
                          </SelectTrigger>
                        </FormControl>
                        <SelectContent>
                          {f.options?.map((o) => (
                            <SelectItem key={o.value} value={o.value}>
                              {o.label}
                            </SelectItem>
                          ))}
                        </SelectContent>
                      </Select>
                    ) : (
                      <FormControl>
                        {f.type === 'textarea' || f.type === 'list' ? (
                          <Textarea {...field} rows={f.type === 'list' ? 3 : 4} data-testid={`field-${f.name}`} />
                        ) : (
                          <Input {...field} inputMode={f.type === 'text' ? undefined : 'numeric'} autoComplete="off" data-testid={`field-${f.name}`} />
                        )}
                      </FormControl>
                    )}
                    {f.description && <FormDescription>{f.description}</FormDescription>}
                    <FormMessage />
                  </FormItem>
                )}
              />
            ))}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={save.isPending} data-testid="catalog-form-cancel">
                Cancel
              </Button>
              <Button type="submit" disabled={save.isPending} data-testid="catalog-form-submit">
                {save.isPending ? 'Saving…' : editing ? 'Save changes' : `Create ${ui.singular}`}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
