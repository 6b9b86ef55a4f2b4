'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { apiFetch } from '@/lib/api-client';
import type { MovePreviewView } from '@/lib/assignments/views';
import { assignmentKeys, assignmentUrls } from './api';

export type CategoryOption = { id: string; name: string; groups: { id: string; name: string }[] };
const NO_GROUP = 'none';
const changeLabel: Record<string, string> = { gained: 'Gains', lost: 'Loses', changed: 'Changes', source: 'Same value, new source' };
const changeVariant = { gained: 'success', lost: 'destructive', changed: 'warning', source: 'outline' } as const;

/** Move an account to another category/group: choose, preview what changes for it, then confirm. */
export function MoveDialog({ accountId, company, current, categories }: { accountId: string; company: string; current: { categoryId: string; groupId: string | null }; categories: CategoryOption[] }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [categoryId, setCategoryId] = useState(current.categoryId);
  const [groupId, setGroupId] = useState(current.groupId ?? NO_GROUP);
  const [preview, setPreview] = useState<MovePreviewView | null>(null);
  const body = { categoryId, groupId: groupId === NO_GROUP ? null : groupId };
  const previewMutation = useMutation({ mutationFn: () => apiFetch<MovePreviewView>(assignmentUrls.movePreview(accountId), { method: 'POST', body }), onSuccess: setPreview, onError: (e) => toast.error(e.message) });
  const move = useMutation({
    mutationFn: () => apiFetch<MovePreviewView>(assignmentUrls.move(accountId), { method: 'POST', body }),
    onSuccess: (r) => {
      toast.success(`${company} moved to ${r.to.category.name}${r.to.group ? ` / ${r.to.group.name}` : ''}`);
      setOpen(false);
      setPreview(null);
      void queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
    },
    onError: (e) => toast.error(e.message),
  });
  const groups = categories.find((c) => c.id === categoryId)?.groups ?? [];
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setPreview(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" data-testid="move-account">
          Move to another category or group
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Move {company}</DialogTitle>
          <DialogDescription>Choose where the account goes, then preview what changes for it before you confirm. The move is recorded in the audit log.</DialogDescription>
        </DialogHeader>
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="grid gap-1">
            <label htmlFor="move-category" className="text-sm font-medium">
              Category
            </label>
            <Select
              value={categoryId}
              onValueChange={(v) => {
                setCategoryId(v);
                setGroupId(NO_GROUP);
                setPreview(null);
              }}
            >
              <SelectTrigger id="move-category" data-testid="move-category">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {categories.map((c) => (
                  <SelectItem key={c.id} value={c.id}>
                    {c.name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="grid gap-1">
            <label htmlFor="move-group" className="text-sm font-medium">
              Group
            </label>
            <Select
              value={groupId}
              onValueChange={(v) => {
                setGroupId(v);
                setPreview(null);
              }}
            >
              <SelectTrigger id="move-group" data-testid="move-group">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={NO_GROUP}>No group</SelectItem>
                {groups.map((g) => (
                  <SelectItem key={g.id} value={g.id}>
                    {g.name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        </div>
        {preview ? (
          <div className="grid gap-2" data-testid="move-preview" aria-live="polite">
            <h3 className="text-sm font-medium">What changes for {company}</h3>
            {preview.unchanged ? (
              <p className="text-sm text-muted-foreground">The account is already there: nothing changes.</p>
            ) : preview.changes.length === 0 ? (
              <p className="text-sm text-muted-foreground">No setting changes: the account keeps every value it has.</p>
            ) : (
              <ul className="max-h-64 divide-y divide-border overflow-auto rounded-md border border-border">
                {preview.changes.map((c) => (
                  <li key={`${c.type}:${c.key}`} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm" data-testid={`move-change-${c.type}-${c.key}`}>
                    <span>
                      <span className="font-medium">{c.label}</span> <span className="text-muted-foreground">({c.typeLabel})</span>
                    </span>
                    <span className="flex items-center gap-2">
                      <Badge variant={changeVariant[c.change]}>{changeLabel[c.change]}</Badge>
                      <span>
                        {c.before.display} → {c.after.display}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
        <DialogFooter>
          <Button variant="outline" onClick={() => previewMutation.mutate()} disabled={previewMutation.isPending} data-testid="move-preview-button">
            Preview changes
          </Button>
          <Button onClick={() => move.mutate()} disabled={!preview || preview.unchanged || move.isPending} data-testid="move-confirm">
            Confirm move
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
