'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { AuditEventsTable } from '@/components/audit/audit-events-table';
import { useListQuery } from '@/components/data-table';
import { NativeSelect } from '@/components/users/native-select';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { ApiError } from '@/lib/api-client';
import type { AuditRow } from '@/lib/audit/views';
import { class4Urls } from './api';

export function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[12rem_1fr] gap-4 border-b border-border py-2.5 text-sm last:border-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export function formatMinor(minor: number | null, currency: string): string {
  if (minor === null) return '—';
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 10 ** digits);
}

const typeLabels = { customer: 'Customer', supplier: 'Supplier', bilateral: 'Bilateral' } as const;
export function CarrierTypeBadge({ type }: { type: keyof typeof typeLabels }) {
  return <Badge variant={type === 'bilateral' ? 'info' : type === 'supplier' ? 'secondary' : 'outline'}>{typeLabels[type]}</Badge>;
}
export function StatusBadge({ status }: { status: string }) {
  return <Badge variant={status === 'active' ? 'success' : 'warning'}>{status === 'active' ? 'Active' : status === 'suspended' ? 'Suspended' : 'Disabled'}</Badge>;
}
export function DirectionBadge({ direction }: { direction: 'ingress' | 'egress' }) {
  return <Badge variant={direction === 'ingress' ? 'info' : 'secondary'}>{direction === 'ingress' ? 'Ingress' : 'Egress'}</Badge>;
}

export function AuditTab({ entity, id }: { entity: string; id: string }) {
  const list = useListQuery<AuditRow>({ queryKey: ['audit', entity, id], endpoint: class4Urls.audit(entity, id), defaults: { sort: '-occurredAt', limit: 10 }, paramPrefix: 'a.' });
  return <AuditEventsTable label="Audit trail" list={list} empty={{ title: 'No changes recorded', description: 'Every change to this record appears here.' }} data-testid={`${entity}-audit-table`} />;
}

/** One field of a FormDialog. Values travel as strings; `parse` turns them into the API's JSON. */
export type FormFieldSpec = {
  name: string;
  label: string;
  kind?: 'text' | 'number' | 'select' | 'textarea' | 'checkbox';
  options?: Array<{ value: string; label: string }>;
  description?: string;
  /** Hidden unless true for the current values. */
  when?: (values: Record<string, string>) => boolean;
};

/**
 * A small create/edit form: labelled fields, the server's field problems under each field (by
 * path; `contacts.0.email` lands on `contacts`), a rule violation (409) shown above the buttons.
 */
export function FormDialog({
  open,
  onOpenChange,
  title,
  description,
  fields,
  initial,
  submitLabel,
  onSubmit,
  testId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  fields: FormFieldSpec[];
  initial: Record<string, string>;
  submitLabel: string;
  onSubmit: (values: Record<string, string>) => Promise<unknown>;
  testId: string;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => onSubmit(values),
    onSuccess: () => onOpenChange(false),
    onError: (e) => {
      if (e instanceof ApiError && e.problems.length) {
        const next: Record<string, string> = {};
        for (const p of e.problems) {
          const key = fields.find((f) => p.path === f.name || p.path.startsWith(`${f.name}.`))?.name;
          if (key) next[key] = next[key] ? `${next[key]}; ${p.message}` : p.message;
          else setFormError(p.message);
        }
        setErrors(next);
      } else if (e instanceof ApiError && e.status === 409) setFormError(e.message);
      else toast.error(e.message);
    },
  });
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  return (
    <Dialog open={open} onOpenChange={(v) => !save.isPending && onOpenChange(v)}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          data-testid={testId}
          onSubmit={(e) => {
            e.preventDefault();
            setErrors({});
            setFormError(null);
            save.mutate();
          }}
        >
          {fields
            .filter((f) => !f.when || f.when(values))
            .map((f) => {
              const id = `${testId}-${f.name}`;
              const invalid = Boolean(errors[f.name]);
              const describedBy = [errors[f.name] ? `${id}-error` : null, f.description ? `${id}-description` : null].filter(Boolean).join(' ') || undefined;
              const common = { id, 'aria-invalid': invalid, 'aria-describedby': describedBy, 'data-testid': id };
              return (
                <div key={f.name} className="grid gap-1.5">
                  {f.kind === 'checkbox' ? (
                    <label className="flex items-center gap-2 text-sm" htmlFor={id}>
                      <input type="checkbox" {...common} checked={values[f.name] === 'true'} onChange={(e) => set(f.name, String(e.target.checked))} />
                      {f.label}
                    </label>
                  ) : (
                    <Label htmlFor={id}>{f.label}</Label>
                  )}
                  {f.kind === 'select' ? (
                    <NativeSelect {...common} value={values[f.name] ?? ''} onChange={(e) => set(f.name, e.target.value)}>
                      {(f.options ?? []).map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </NativeSelect>
                  ) : f.kind === 'textarea' ? (
                    <Textarea {...common} value={values[f.name] ?? ''} onChange={(e) => set(f.name, e.target.value)} />
                  ) : f.kind === 'checkbox' ? null : (
                    <Input {...common} type={f.kind === 'number' ? 'number' : 'text'} inputMode={f.kind === 'number' ? 'numeric' : undefined} autoComplete="off" value={values[f.name] ?? ''} onChange={(e) => set(f.name, e.target.value)} />
                  )}
                  {f.description && (
                    <p id={`${id}-description`} className="text-xs text-muted-foreground">
                      {f.description}
                    </p>
                  )}
                  {errors[f.name] && (
                    <p id={`${id}-error`} className="text-sm text-destructive">
                      {errors[f.name]}
                    </p>
                  )}
                </div>
              );
            })}
          {formError && (
            <p role="alert" className="rounded-md border border-destructive/40 p-3 text-sm text-destructive" data-testid={`${testId}-error`}>
              {formError}
            </p>
          )}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={save.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending} data-testid={`${testId}-submit`}>
              {save.isPending ? 'Saving…' : submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** Form strings -> JSON: '' is null for optional numbers and ids, lists split on commas, spaces or lines. */
export const toNumber = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v));
export const toNullable = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());
export const toList = (v: string | undefined) => (v ?? '').split(/[\s,]+/).filter(Boolean);
export const str = (v: unknown) => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));
