'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { ErrorState } from '@/components/ui/error-state';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import type { AssignmentRowView } from '@/lib/assignments/views';
import { assignmentKeys, assignmentUrls } from './api';

export type ModuleOption = { key: string; label: string };
type Choice = 'inherit' | 'enabled' | 'hidden';

/**
 * The portal modules assigned directly at one target (ALL, a category, a group or a customer):
 * per module Enabled, Hidden, or Inherit (no assignment here: the broader level decides).
 */
export function ModuleToggles({ level, targetId, targetName, modules, readOnly = false }: { level: 'all' | 'category' | 'group' | 'customer'; targetId: string | null; targetName: string; modules: ModuleOption[]; readOnly?: boolean }) {
  const queryClient = useQueryClient();
  const key = assignmentKeys.target(level, targetId);
  const query = useQuery({ queryKey: key, queryFn: () => apiFetch<{ items: AssignmentRowView[] }>(assignmentUrls.target(level, targetId)) });
  const change = useMutation({
    mutationFn: ({ module, choice }: { module: string; choice: Choice }) =>
      choice === 'inherit'
        ? apiFetch(assignmentUrls.unassign({ itemType: 'portal_module', itemKey: module, level, targetId }), { method: 'DELETE' })
        : apiFetch(assignmentUrls.assignments, { method: 'PUT', body: { itemType: 'portal_module', itemKey: module, level, targetId, value: { enabled: choice === 'enabled' } } }),
    onSuccess: (_r, { module, choice }) => {
      toast.success(`${modules.find((m) => m.key === module)?.label ?? module}: ${choice === 'inherit' ? 'inherited' : choice} for ${targetName}`);
      void queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
    },
    onError: (e) => toast.error(e instanceof Error ? e.message : 'Could not save the change'),
  });
  if (query.isPending) return <Skeleton className="h-9 w-full" />;
  if (query.isError) return <ErrorState title="Could not load the assignments" message={query.error.message} onRetry={() => void query.refetch()} />;
  const current = (module: string): Choice => {
    const row = query.data.items.find((r) => r.itemType === 'portal_module' && r.itemKey === module);
    if (!row) return 'inherit';
    return (row.value as { enabled?: boolean }).enabled ? 'enabled' : 'hidden';
  };
  return (
    <ul className="divide-y divide-border" data-testid={`module-toggles-${level}-${targetId ?? 'all'}`}>
      {modules.map((m) => {
        const id = `module-${m.key}-${level}-${targetId ?? 'all'}`;
        return (
          <li key={m.key} className="flex items-center justify-between gap-4 py-2">
            <label htmlFor={id} className="text-sm font-medium">
              {m.label}
            </label>
            <Select value={current(m.key)} disabled={readOnly || change.isPending} onValueChange={(choice) => change.mutate({ module: m.key, choice: choice as Choice })}>
              <SelectTrigger id={id} className="w-40" data-testid={`module-select-${m.key}-${level}-${targetId ?? 'all'}`} aria-label={`${m.label} for ${targetName}`}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="inherit" data-testid="module-choice-inherit">
                  {level === 'all' ? 'Not assigned' : 'Inherit'}
                </SelectItem>
                <SelectItem value="enabled" data-testid="module-choice-enabled">
                  Enabled
                </SelectItem>
                <SelectItem value="hidden" data-testid="module-choice-hidden">
                  Hidden
                </SelectItem>
              </SelectContent>
            </Select>
          </li>
        );
      })}
    </ul>
  );
}
