'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { NativeSelect } from '@/components/users/native-select';
import { ApiError, apiFetch } from '@/lib/api-client';
import { DEFAULT_RULES, rulesView, type RulesView } from '@/lib/rates/import-rules/schemas';
import type { RateImportBreachView, RuleSetView } from '@/lib/rates/import-rules/views';
import { ruleSetKeys, ruleSetUrls } from './api';

type Action = 'none' | 'alert' | 'reject' | 'block';
type RuleField = keyof RuleSetView['rules'];

/** The rules as a person reads them: what each checks, in what unit. */
export const RULES: Array<{ field: RuleField; label: string; unit: string; kind: 'days' | 'percent' | 'allowed'; help: string }> = [
  { field: 'increaseNotice', label: 'Rate increase notice', unit: 'days', kind: 'days', help: 'An increase effective sooner than this after the deck arrives' },
  { field: 'decreaseNotice', label: 'Rate decrease notice', unit: 'days', kind: 'days', help: 'A decrease effective sooner than this' },
  { field: 'newNotice', label: 'New code notice', unit: 'days', kind: 'days', help: 'A new code effective sooner than this' },
  { field: 'maxIncrease', label: 'Maximum increase', unit: '%', kind: 'percent', help: 'An increase above this percentage of the live rate' },
  { field: 'maxDecrease', label: 'Maximum decrease', unit: '%', kind: 'percent', help: 'A decrease above this percentage of the live rate' },
  { field: 'initialIncrements', label: 'Allowed initial increments', unit: 's', kind: 'allowed', help: 'An initial increment not in this list (e.g. 1, 6, 60)' },
  { field: 'subsequentIncrements', label: 'Allowed subsequent increments', unit: 's', kind: 'allowed', help: 'A subsequent increment not in this list' },
];
export const ruleLabel = (field: string) => RULES.find((r) => r.field === field)?.label ?? field;

export const ACTIONS: Record<Action, { label: string; variant: 'secondary' | 'info' | 'destructive' | 'warning' }> = {
  none: { label: 'Off', variant: 'secondary' },
  alert: { label: 'Alert only', variant: 'info' },
  reject: { label: 'Reject rate', variant: 'destructive' },
  block: { label: 'Block rate', variant: 'warning' },
};

const thresholdText = (rules: RulesView, field: RuleField): string => {
  const rule = rules[field] as { days?: number; percent?: string; allowed?: number[] };
  return rule.days !== undefined ? String(rule.days) : rule.percent !== undefined ? rule.percent : (rule.allowed ?? []).join(', ');
};

/** "Increase < 7 days: Reject rate" for each rule that is on. */
function activeRules(set: RuleSetView): string[] {
  return RULES.filter((r) => set.rules[r.field].action !== 'none').map((r) => `${r.label} ${thresholdText(set.rules, r.field)} ${r.unit}: ${ACTIONS[set.rules[r.field].action].label}`);
}

type FormState = { name: string; description: string; rules: Record<RuleField, { value: string; action: Action }> };

/** The form's lines: the set's rules, or for a new set the service's own defaults. */
const emptyForm = (set?: RuleSetView): FormState => {
  const rules = set?.rules ?? rulesView(DEFAULT_RULES);
  return {
    name: set?.name ?? '',
    description: set?.description ?? '',
    rules: Object.fromEntries(RULES.map((r) => [r.field, { value: thresholdText(rules, r.field), action: rules[r.field].action }])) as FormState['rules'],
  };
};

/** Form strings -> the API's rule shapes; what does not parse is sent as typed, so the server names the field. */
function rulesBody(rules: FormState['rules']) {
  return Object.fromEntries(
    RULES.map((r) => {
      const { value, action } = rules[r.field];
      const text = value.trim();
      if (r.kind === 'days') return [r.field, { days: text === '' || !/^-?\d+(\.\d+)?$/.test(text) ? text : Number(text), action }];
      if (r.kind === 'percent') return [r.field, { percent: text, action }];
      const list = text.split(/[\s,;]+/).filter(Boolean);
      return [r.field, { allowed: list.map((v) => (/^\d+$/.test(v) ? Number(v) : v)), action }];
    }),
  );
}

/** Create or edit a rule set: one line per rule (threshold and action), the server's problems under each line. */
export function RuleSetFormDialog({ open, onOpenChange, set }: { open: boolean; onOpenChange: (open: boolean) => void; set?: RuleSetView }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<FormState>(() => emptyForm(set));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: async () => {
      const body = { name: form.name, description: form.description, rules: rulesBody(form.rules) };
      return set ? apiFetch<RuleSetView>(ruleSetUrls.one(set.id), { method: 'PATCH', body }) : apiFetch<RuleSetView>(ruleSetUrls.list, { method: 'POST', body });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ruleSetKeys.all });
      toast.success(set ? 'Rule set saved' : 'Rule set created');
      onOpenChange(false);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problems.length) {
        const next: Record<string, string> = {};
        for (const p of e.problems) {
          const key = p.path.startsWith('rules.') ? p.path.split('.').slice(0, 2).join('.') : p.path;
          next[key] = next[key] ? `${next[key]}; ${p.message}` : p.message;
        }
        setErrors(next);
      } else if (e instanceof ApiError && e.status === 409) setFormError(e.message);
      else toast.error(e.message);
    },
  });
  const setRule = (field: RuleField, patch: Partial<{ value: string; action: Action }>) => setForm((f) => ({ ...f, rules: { ...f.rules, [field]: { ...f.rules[field], ...patch } } }));
  const described = (id: string, key: string) => (errors[key] ? `${id}-error` : undefined);
  return (
    <Dialog open={open} onOpenChange={(v) => !save.isPending && onOpenChange(v)}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{set ? `Edit ${set.name}` : 'New import rule set'}</DialogTitle>
          <DialogDescription>Each deck row of a supplier plan using this set is checked against its live rate. Alert imports the row and lists it; Reject keeps the live rate; Block imports it blocked.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          data-testid="rule-set-form"
          onSubmit={(e) => {
            e.preventDefault();
            setErrors({});
            setFormError(null);
            save.mutate();
          }}
        >
          <div className="grid gap-1.5">
            <Label htmlFor="rule-set-name">Name</Label>
            <Input id="rule-set-name" data-testid="rule-set-name" autoComplete="off" value={form.name} aria-invalid={!!errors.name} aria-describedby={described('rule-set-name', 'name')} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} />
            {errors.name && (
              <p id="rule-set-name-error" className="text-sm text-destructive">
                {errors.name}
              </p>
            )}
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="rule-set-description">Description</Label>
            <Textarea id="rule-set-description" data-testid="rule-set-description" value={form.description} aria-invalid={!!errors.description} aria-describedby={described('rule-set-description', 'description')} onChange={(e) => setForm((f) => ({ ...f, description: e.target.value }))} />
            {errors.description && (
              <p id="rule-set-description-error" className="text-sm text-destructive">
                {errors.description}
              </p>
            )}
          </div>
          <fieldset className="grid gap-3">
            <legend className="mb-1 text-sm font-medium">Rules</legend>
            {RULES.map((r) => {
              const key = `rules.${r.field}`;
              const id = `rule-${r.field}`;
              return (
                <div key={r.field} className="grid gap-1 rounded-md border p-3 sm:grid-cols-[1fr_9rem_10rem] sm:items-end sm:gap-3" data-testid={`rule-row-${r.field}`}>
                  <div className="text-sm">
                    <div className="font-medium">{r.label}</div>
                    <div id={`${id}-help`} className="text-xs text-muted-foreground">
                      {r.help}
                    </div>
                  </div>
                  <div className="grid gap-1">
                    <Label htmlFor={`${id}-value`} className="text-xs">
                      {r.kind === 'allowed' ? 'Seconds' : r.kind === 'percent' ? 'Percent' : 'Days'}
                    </Label>
                    <Input
                      id={`${id}-value`}
                      data-testid={`${id}-value`}
                      autoComplete="off"
                      inputMode={r.kind === 'allowed' ? 'text' : r.kind === 'percent' ? 'decimal' : 'numeric'}
                      value={form.rules[r.field].value}
                      aria-invalid={!!errors[key]}
                      aria-describedby={[`${id}-help`, described(id, key)].filter(Boolean).join(' ')}
                      onChange={(e) => setRule(r.field, { value: e.target.value })}
                    />
                  </div>
                  <div className="grid gap-1">
                    <Label htmlFor={`${id}-action`} className="text-xs">
                      Action
                    </Label>
                    <NativeSelect id={`${id}-action`} data-testid={`${id}-action`} value={form.rules[r.field].action} onChange={(e) => setRule(r.field, { action: e.target.value as Action })}>
                      {(Object.keys(ACTIONS) as Action[]).map((a) => (
                        <option key={a} value={a}>
                          {ACTIONS[a].label}
                        </option>
                      ))}
                    </NativeSelect>
                  </div>
                  {errors[key] && (
                    <p id={`${id}-error`} className="text-sm text-destructive sm:col-span-3" data-testid={`${id}-error`}>
                      {errors[key]}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
          {formError && (
            <p role="alert" className="rounded-md border border-destructive/40 p-3 text-sm text-destructive" data-testid="rule-set-form-error">
              {formError}
            </p>
          )}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={save.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending} data-testid="rule-set-form-submit">
              {save.isPending ? 'Saving…' : set ? 'Save' : 'Create rule set'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

const col = createDataTableColumnHelper<RuleSetView>();
const baseColumns = col.columns([
  col.accessor('name', { header: 'Rule set', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
  col.display({
    id: 'rules',
    header: 'Rules on',
    cell: ({ row }) => {
      const on = activeRules(row.original);
      return on.length ? (
        <ul className="space-y-0.5 text-xs">
          {on.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : (
        <span className="text-muted-foreground">None (every rule off)</span>
      );
    },
  }),
  col.accessor('planCount', { header: 'Supplier plans', meta: { align: 'right' }, cell: ({ getValue }) => (getValue() ?? 0).toLocaleString('en') }),
  col.accessor('updatedAt', { header: 'Updated', cell: ({ getValue }) => formatUtc(getValue()), meta: { sortDescFirst: true } }),
]);

/** The supplier import rule sets: keyset pages, search by name, create, edit and delete (refused while plans use a set). */
export function RuleSetsTable({ canWrite }: { canWrite: boolean }) {
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<RuleSetView | null>(null);
  const [deleting, setDeleting] = useState<RuleSetView | null>(null);
  const list = useListQuery<RuleSetView>({ queryKey: ruleSetKeys.all, endpoint: ruleSetUrls.list, defaults: { sort: 'name' } });
  const remove = useMutation({
    mutationFn: (id: string) => apiFetch(ruleSetUrls.one(id), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ruleSetKeys.all });
      toast.success('Rule set deleted');
    },
    onError: (e) => toast.error(e.message),
  });
  const columns = useMemo(
    () =>
      canWrite
        ? col.columns([
            ...baseColumns,
            col.display({
              id: 'actions',
              header: () => <span className="sr-only">Actions</span>,
              meta: { interactive: true },
              cell: ({ row }) => (
                <div className="flex justify-end gap-1">
                  <Button variant="ghost" size="sm" onClick={() => setEditing(row.original)} data-testid={`rule-set-edit-${row.original.id}`} aria-label={`Edit ${row.original.name}`}>
                    Edit
                  </Button>
                  <Button variant="ghost" size="sm" onClick={() => setDeleting(row.original)} data-testid={`rule-set-delete-${row.original.id}`} aria-label={`Delete ${row.original.name}`}>
                    Delete
                  </Button>
                </div>
              ),
            }),
          ])
        : baseColumns,
    [canWrite],
  );
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Rates' }, { label: 'Import rules' }]}
        title="Import rules"
        description="Business rules for supplier decks: notice periods, maximum change and allowed increments, each with its action. A supplier plan uses one set (Edit plan)."
        actions={canWrite ? [{ key: 'new-rule-set', label: 'New rule set', onSelect: () => setCreating(true) }] : []}
      />
      <div className="p-6">
        <DataTable
          label="Import rule sets"
          columns={columns}
          list={list}
          getRowId={(s) => s.id}
          sortable={['name']}
          toolbar={{
            search: { placeholder: 'Rule set name…', label: 'Search import rule sets' },
            actions: canWrite ? (
              <Button size="sm" onClick={() => setCreating(true)} data-testid="new-rule-set">
                New rule set
              </Button>
            ) : undefined,
          }}
          empty={{ title: 'No import rule sets yet', description: canWrite ? 'Create one with the notice periods and limits your suppliers agreed to, then choose it on their plans.' : 'Rule sets appear here once staff create them.' }}
          data-testid="rule-sets-table"
        />
      </div>
      {canWrite && creating && <RuleSetFormDialog open={creating} onOpenChange={setCreating} />}
      {canWrite && editing && <RuleSetFormDialog key={editing.updatedAt} open onOpenChange={(o) => !o && setEditing(null)} set={editing} />}
      <ConfirmDialog
        open={!!deleting}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete ${deleting?.name ?? 'this rule set'}?`}
        description={deleting?.planCount ? `${deleting.planCount} supplier plan(s) use it: choose another set on them first.` : 'No supplier plan uses it. Past import reports keep their breaches.'}
        confirmLabel="Delete rule set"
        variant="destructive"
        onConfirm={async () => {
          if (deleting) await remove.mutateAsync(deleting.id);
        }}
        data-testid="rule-set-delete-confirm"
      />
    </>
  );
}

const breachCol = createDataTableColumnHelper<RateImportBreachView>();
const breachColumns = breachCol.columns([
  breachCol.accessor('row', { header: 'Row' }),
  breachCol.accessor('prefix', { header: 'Prefix', cell: ({ getValue }) => <code>{getValue()}</code> }),
  breachCol.accessor('rule', { header: 'Rule', cell: ({ getValue }) => ruleLabel(getValue()) }),
  breachCol.accessor('action', { header: 'Action taken', cell: ({ getValue }) => <Badge variant={ACTIONS[getValue()].variant}>{ACTIONS[getValue()].label}</Badge> }),
  breachCol.accessor('detail', { header: 'Why' }),
]);

/** The rule breaches of an import (keyset pages, filter by action). */
export function ImportBreachesTable({ id }: { id: string }) {
  const list = useListQuery<RateImportBreachView>({ queryKey: ruleSetKeys.breaches(id), endpoint: ruleSetUrls.breaches(id), defaults: { sort: 'row' }, filterKeys: ['action'], paramPrefix: 'b_' });
  return (
    <DataTable
      label="Rule breaches"
      columns={breachColumns}
      list={list}
      getRowId={(b) => String(b.id)}
      toolbar={{ filters: [{ key: 'action', label: 'Action', options: (['alert', 'reject', 'block'] as const).map((a) => ({ value: a, label: ACTIONS[a].label })) }] }}
      empty={{ title: 'No breaches', description: 'Every row met the plan’s import rules.' }}
      data-testid="import-breaches-table"
    />
  );
}
