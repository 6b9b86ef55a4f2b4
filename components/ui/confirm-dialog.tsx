'use client';

import * as React from 'react';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from './alert-dialog';

export type ConfirmDialogProps = {
  /** The element that opens the dialog (rendered asChild), e.g. a Button or a DropdownMenuItem. */
  trigger?: React.ReactElement;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: React.ReactNode;
  description?: React.ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  variant?: 'default' | 'destructive';
  /** Awaited before the dialog closes; a rejection leaves it open (show the error with a toast). */
  onConfirm: () => unknown;
  /** data-testid of the confirm button; the cancel button gets `${testId}-cancel`. */
  'data-testid'?: string;
};

/** The standard "Are you sure?" for destructive actions, built on AlertDialog. */
export function ConfirmDialog({
  trigger,
  open,
  onOpenChange,
  title,
  description,
  confirmLabel = 'Confirm',
  cancelLabel = 'Cancel',
  variant = 'destructive',
  onConfirm,
  'data-testid': testId = 'confirm',
}: ConfirmDialogProps) {
  const [innerOpen, setInnerOpen] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const isOpen = open ?? innerOpen;
  const setOpen = (v: boolean) => {
    setInnerOpen(v);
    onOpenChange?.(v);
  };
  return (
    <AlertDialog open={isOpen} onOpenChange={(v) => !busy && setOpen(v)}>
      {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          {description ? <AlertDialogDescription>{description}</AlertDialogDescription> : null}
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel data-testid={`${testId}-cancel`} disabled={busy}>
            {cancelLabel}
          </AlertDialogCancel>
          <AlertDialogAction
            variant={variant}
            data-testid={testId}
            disabled={busy}
            onClick={async (e) => {
              // Keep the dialog open until the action settles.
              e.preventDefault();
              setBusy(true);
              try {
                await onConfirm();
                setOpen(false);
              } catch {
                // The caller reports the failure; the dialog stays open for another try.
              } finally {
                setBusy(false);
              }
            }}
          >
            {confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
