'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { apiFetch } from '@/lib/api-client';
import type { SyncItemView } from '@/lib/sync/views';
import { ENTITY, syncKeys, syncUrls } from './sync-api';

const FIELDS: Array<{ key: string; label: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'status', label: 'Status' },
  { key: 'channels', label: 'Channels' },
  { key: 'cps', label: 'Calls per second' },
];

const KIND: Record<NonNullable<SyncItemView['conflictKind']>, string> = {
  changed_remotely: 'Changed on ConnexCS since the last sync (found by the scheduled pull).',
  changed_on_both_sides: 'Changed on ConnexCS since the last sync, and changed here too (found by the push).',
  deleted_remotely: 'Deleted on ConnexCS since the last sync.',
};

const show = (v: unknown) => (v === undefined ? '—' : v === null ? 'not set' : String(v));

/**
 * Both values of a conflict side by side, and the two ways out. Nothing is written until a person
 * chooses: keep ours (pushed over ConnexCS) or take theirs (written to our record, audited).
 */
export function ResolveConflictDialog({ item, onClose }: { item: SyncItemView | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const resolve = useMutation({
    mutationFn: (keep: 'ours' | 'theirs') => apiFetch<SyncItemView>(syncUrls.resolve(item!.id), { method: 'POST', body: { keep } }),
    onSuccess: async (_, keep) => {
      await queryClient.invalidateQueries({ queryKey: syncKeys.items });
      toast.success(keep === 'ours' ? 'Our value will be pushed to ConnexCS' : 'ConnexCS’s value was written to our record');
      onClose();
    },
    onError: (e) => toast.error(e.message),
  });
  const ours = item?.ourValue ?? {};
  const theirs = item?.theirValue ?? {};
  const deleted = item?.conflictKind === 'deleted_remotely';
  const rows = FIELDS.filter((f) => f.key in ours || f.key in theirs);
  return (
    <Dialog open={item !== null} onOpenChange={(open) => !open && !resolve.isPending && onClose()}>
      <DialogContent className="sm:max-w-2xl" data-testid="resolve-conflict-dialog">
        {item && (
          <>
            <DialogHeader>
              <DialogTitle>
                Resolve the conflict of {ENTITY[item.entity].toLowerCase()} {String(ours.name ?? item.entityId)}
              </DialogTitle>
              <DialogDescription>{item.conflictKind ? KIND[item.conflictKind] : 'In conflict.'} Nothing is overwritten until you choose.</DialogDescription>
            </DialogHeader>
            {deleted ? (
              <p className="text-sm">ConnexCS no longer has this company. Keep ours creates it again there; to stop carrying it, suspend or delete the record here instead.</p>
            ) : (
              <table className="w-full border-collapse text-sm" data-testid="conflict-values">
                <caption className="sr-only">Our value and ConnexCS’s value, field by field</caption>
                <thead>
                  <tr>
                    <th scope="col" className="border-b px-2 py-1 text-left">Field</th>
                    <th scope="col" className="border-b px-2 py-1 text-left">Ours (DIDTron)</th>
                    <th scope="col" className="border-b px-2 py-1 text-left">Theirs (ConnexCS)</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((f) => {
                    const differs = show(ours[f.key]) !== show(theirs[f.key]);
                    return (
                      <tr key={f.key} data-testid={`conflict-field-${f.key}`} className={differs ? 'bg-warning/15 font-medium' : undefined}>
                        <th scope="row" className="px-2 py-1 text-left font-normal">
                          {f.label}
                          {differs && <span className="sr-only"> (differs)</span>}
                        </th>
                        <td className="px-2 py-1">{show(ours[f.key])}</td>
                        <td className="px-2 py-1">{show(theirs[f.key])}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            <DialogFooter>
              <Button variant="outline" disabled={resolve.isPending} onClick={onClose} data-testid="resolve-cancel">
                Cancel
              </Button>
              {!deleted && (
                <Button variant="outline" disabled={resolve.isPending} onClick={() => resolve.mutate('theirs')} data-testid="resolve-keep-theirs">
                  Take theirs (write it here)
                </Button>
              )}
              <Button disabled={resolve.isPending} onClick={() => resolve.mutate('ours')} data-testid="resolve-keep-ours">
                Keep ours (push to ConnexCS)
              </Button>
            </DialogFooter>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
