'use client';

import { MoreHorizontal } from 'lucide-react';
import { useId, useState } from 'react';
import { toast } from 'sonner';
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
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuShortcut,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Popover, PopoverAnchor, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { Sheet, SheetClose, SheetContent, SheetDescription, SheetFooter, SheetHeader, SheetTitle, SheetTrigger } from '@/components/ui/sheet';
import type { LibraryEntry } from '../types';

const row = 'flex flex-wrap items-center gap-2';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const overlayEntries: LibraryEntry[] = [
  {
    id: 'dialog',
    name: 'Dialog',
    file: 'components/ui/dialog.tsx',
    exports: ['Dialog', 'DialogTrigger', 'DialogPortal', 'DialogOverlay', 'DialogContent', 'DialogHeader', 'DialogFooter', 'DialogTitle', 'DialogDescription', 'DialogClose'],
    variants: [{ prop: 'DialogContent showCloseButton', values: ['true (X, data-testid dialog-close)', 'false'] }],
    whenToUse: 'Short forms and details that do not deserve a page. Always a DialogTitle (its name); focus is trapped inside and returns to the trigger on close. Destructive confirmations use AlertDialog/ConfirmDialog instead.',
    code: `import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';

<Dialog open={open} onOpenChange={setOpen}>
  <DialogTrigger asChild><Button data-testid="tenant-create">New tenant</Button></DialogTrigger>
  <DialogContent>
    <DialogHeader>
      <DialogTitle>New tenant</DialogTitle>
      <DialogDescription>A reseller brand with its own host.</DialogDescription>
    </DialogHeader>
    ...form...
    <DialogFooter>
      <DialogClose asChild><Button variant="outline">Cancel</Button></DialogClose>
      <Button type="submit">Create</Button>
    </DialogFooter>
  </DialogContent>
</Dialog>
// DialogContent renders DialogPortal and DialogOverlay itself.`,
    Preview: function DialogPreview() {
      const id = useId();
      const [open, setOpen] = useState(false);
      return (
        <Dialog open={open} onOpenChange={setOpen}>
          <DialogTrigger asChild>
            <Button type="button" data-testid="complib-dialog-open">
              Open dialog
            </Button>
          </DialogTrigger>
          <DialogContent data-testid="complib-dialog">
            <DialogHeader>
              <DialogTitle>Rename tenant</DialogTitle>
              <DialogDescription>An example dialog: nothing is saved.</DialogDescription>
            </DialogHeader>
            <form
              className="grid gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                setOpen(false);
                toast.success('Renamed (example only)');
              }}
            >
              <Label htmlFor={id}>Name</Label>
              <Input id={id} defaultValue="Acme Voice" data-testid="complib-dialog-name" />
              <DialogFooter className="mt-2">
                <DialogClose asChild>
                  <Button type="button" variant="outline" data-testid="complib-dialog-cancel">
                    Cancel
                  </Button>
                </DialogClose>
                <Button type="submit" data-testid="complib-dialog-save">
                  Save
                </Button>
              </DialogFooter>
            </form>
          </DialogContent>
        </Dialog>
      );
    },
  },
  {
    id: 'alert-dialog',
    name: 'AlertDialog',
    file: 'components/ui/alert-dialog.tsx',
    exports: [
      'AlertDialog',
      'AlertDialogTrigger',
      'AlertDialogPortal',
      'AlertDialogOverlay',
      'AlertDialogContent',
      'AlertDialogHeader',
      'AlertDialogFooter',
      'AlertDialogTitle',
      'AlertDialogDescription',
      'AlertDialogAction',
      'AlertDialogCancel',
    ],
    variants: [{ prop: 'AlertDialogAction variant', values: ['destructive (default)', 'default'] }],
    whenToUse: 'Confirming an irreversible or destructive action when the standard ConfirmDialog does not fit (custom body). It cannot be dismissed by clicking outside; Escape and Cancel close it.',
    code: `import { AlertDialog, AlertDialogAction, AlertDialogCancel, AlertDialogContent, AlertDialogDescription, AlertDialogFooter, AlertDialogHeader, AlertDialogTitle, AlertDialogTrigger } from '@/components/ui/alert-dialog';

<AlertDialog>
  <AlertDialogTrigger asChild><Button variant="destructive">Revoke key</Button></AlertDialogTrigger>
  <AlertDialogContent>
    <AlertDialogHeader>
      <AlertDialogTitle>Revoke this API key?</AlertDialogTitle>
      <AlertDialogDescription>Integrations using it stop working at once.</AlertDialogDescription>
    </AlertDialogHeader>
    <AlertDialogFooter>
      <AlertDialogCancel>Cancel</AlertDialogCancel>
      <AlertDialogAction onClick={revoke}>Revoke</AlertDialogAction>
    </AlertDialogFooter>
  </AlertDialogContent>
</AlertDialog>
// AlertDialogContent renders AlertDialogPortal and AlertDialogOverlay itself.`,
    Preview: function AlertDialogPreview() {
      return (
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button type="button" variant="destructive" data-testid="complib-alert-dialog-open">
              Revoke key
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>Revoke this API key?</AlertDialogTitle>
              <AlertDialogDescription>An example: nothing is revoked. Integrations using a revoked key stop working at once.</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel data-testid="complib-alert-dialog-cancel">Cancel</AlertDialogCancel>
              <AlertDialogAction onClick={() => toast.success('Revoked (example only)')} data-testid="complib-alert-dialog-confirm">
                Revoke
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      );
    },
  },
  {
    id: 'confirm-dialog',
    name: 'ConfirmDialog',
    file: 'components/ui/confirm-dialog.tsx',
    exports: ['ConfirmDialog'],
    variants: [
      { prop: 'variant', values: ['destructive (default)', 'default'] },
      { prop: 'onConfirm', values: ['sync', 'async (stays open until it settles; open on failure)'] },
    ],
    whenToUse: 'The standard "Are you sure?" before every destructive action. The confirm button has data-testid (default "confirm"), the cancel button <testid>-cancel.',
    code: `import { ConfirmDialog } from '@/components/ui/confirm-dialog';

<ConfirmDialog
  trigger={<Button variant="destructive" data-testid="user-disable">Disable user</Button>}
  title="Disable this user?"
  description="They are signed out everywhere."
  confirmLabel="Disable"
  onConfirm={async () => { await disable(); toast.success('User disabled'); }}
  data-testid="user-disable-confirm"
/>`,
    Preview: function ConfirmDialogPreview() {
      return (
        <div className={row}>
          <ConfirmDialog
            trigger={
              <Button type="button" variant="destructive" data-testid="complib-confirm-open">
                Disable user
              </Button>
            }
            title="Disable this user?"
            description="An example: the confirm button waits a second, like a request, then closes."
            confirmLabel="Disable"
            onConfirm={async () => {
              await wait(1000);
              toast.success('User disabled (example only)');
            }}
            data-testid="complib-confirm"
          />
          <ConfirmDialog
            trigger={
              <Button type="button" variant="outline" data-testid="complib-confirm-default-open">
                Resend invitation
              </Button>
            }
            variant="default"
            title="Resend the invitation?"
            confirmLabel="Resend"
            onConfirm={() => {
              toast.info('Invitation sent (example only)');
            }}
            data-testid="complib-confirm-default"
          />
        </div>
      );
    },
  },
  {
    id: 'sheet',
    name: 'Sheet',
    file: 'components/ui/sheet.tsx',
    exports: ['Sheet', 'SheetTrigger', 'SheetPortal', 'SheetOverlay', 'SheetContent', 'SheetHeader', 'SheetFooter', 'SheetTitle', 'SheetDescription', 'SheetClose'],
    variants: [
      { prop: 'SheetContent side', values: ['right (default)', 'left', 'top', 'bottom'] },
      { prop: 'showCloseButton', values: ['true (data-testid sheet-close)', 'false'] },
    ],
    whenToUse: 'Mobile navigation and side panels (quick edit, a record preview) that keep the page in view. Always a SheetTitle.',
    code: `import { Sheet, SheetClose, SheetContent, SheetDescription, SheetFooter, SheetHeader, SheetTitle, SheetTrigger } from '@/components/ui/sheet';

<Sheet>
  <SheetTrigger asChild><Button variant="outline">Details</Button></SheetTrigger>
  <SheetContent side="right">
    <SheetHeader>
      <SheetTitle>Call details</SheetTitle>
      <SheetDescription>Leg A and leg B.</SheetDescription>
    </SheetHeader>
    <SheetFooter><SheetClose asChild><Button variant="outline">Close</Button></SheetClose></SheetFooter>
  </SheetContent>
</Sheet>
// SheetContent renders SheetPortal and SheetOverlay itself.`,
    Preview: function SheetPreview() {
      return (
        <div className={row}>
          {(['right', 'left', 'top', 'bottom'] as const).map((side) => (
            <Sheet key={side}>
              <SheetTrigger asChild>
                <Button type="button" variant="outline" data-testid={`complib-sheet-${side}`}>
                  Open {side}
                </Button>
              </SheetTrigger>
              <SheetContent side={side}>
                <SheetHeader>
                  <SheetTitle>Sheet from the {side}</SheetTitle>
                  <SheetDescription>An example side panel.</SheetDescription>
                </SheetHeader>
                <SheetFooter>
                  <SheetClose asChild>
                    <Button type="button" variant="outline" data-testid={`complib-sheet-${side}-close`}>
                      Close
                    </Button>
                  </SheetClose>
                </SheetFooter>
              </SheetContent>
            </Sheet>
          ))}
        </div>
      );
    },
  },
  {
    id: 'popover',
    name: 'Popover',
    file: 'components/ui/popover.tsx',
    exports: ['Popover', 'PopoverTrigger', 'PopoverAnchor', 'PopoverContent'],
    variants: [
      { prop: 'PopoverContent align', values: ['center (default)', 'start', 'end'] },
      { prop: 'side', values: ['bottom (default)', 'top', 'left', 'right'] },
    ],
    whenToUse: 'Small interactive overlays anchored to a control: date pickers, column pickers, a quick filter. Not for menus of actions (DropdownMenu) or hints (Tooltip).',
    code: `import { Popover, PopoverAnchor, PopoverContent, PopoverTrigger } from '@/components/ui/popover';

<Popover>
  <PopoverTrigger asChild><Button variant="outline">Columns</Button></PopoverTrigger>
  <PopoverContent align="start">...checkboxes...</PopoverContent>
</Popover>
// <PopoverAnchor> positions the content against another element than the trigger.`,
    Preview: function PopoverPreview() {
      const id = useId();
      return (
        <Popover>
          <div className={row}>
            <PopoverAnchor asChild>
              <span className="rounded-md border px-3 py-1.5 text-sm text-muted-foreground">Anchor: content opens under this box</span>
            </PopoverAnchor>
            <PopoverTrigger asChild>
              <Button type="button" variant="outline" data-testid="complib-popover-open">
                Set a limit
              </Button>
            </PopoverTrigger>
          </div>
          <PopoverContent align="start" className="grid gap-2" data-testid="complib-popover">
            <Label htmlFor={id}>Channel limit</Label>
            <Input id={id} type="number" defaultValue={30} />
          </PopoverContent>
        </Popover>
      );
    },
  },
  {
    id: 'dropdown-menu',
    name: 'DropdownMenu',
    file: 'components/ui/dropdown-menu.tsx',
    exports: [
      'DropdownMenu',
      'DropdownMenuTrigger',
      'DropdownMenuPortal',
      'DropdownMenuContent',
      'DropdownMenuGroup',
      'DropdownMenuLabel',
      'DropdownMenuItem',
      'DropdownMenuCheckboxItem',
      'DropdownMenuRadioGroup',
      'DropdownMenuRadioItem',
      'DropdownMenuSeparator',
      'DropdownMenuShortcut',
      'DropdownMenuSub',
      'DropdownMenuSubTrigger',
      'DropdownMenuSubContent',
    ],
    variants: [
      { prop: 'DropdownMenuItem variant', values: ['default', 'destructive'] },
      { prop: 'inset', values: ['false', 'true (aligns with checkbox items)'] },
    ],
    whenToUse: 'The page header\'s Actions menu (text-only items, only the active tab\'s actions) and row action menus. Keyboard: Enter/Space opens, arrows move, Escape closes.',
    code: `import { DropdownMenu, DropdownMenuCheckboxItem, DropdownMenuContent, DropdownMenuGroup, DropdownMenuItem, DropdownMenuLabel, DropdownMenuRadioGroup, DropdownMenuRadioItem, DropdownMenuSeparator, DropdownMenuShortcut, DropdownMenuSub, DropdownMenuSubContent, DropdownMenuSubTrigger, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';

<DropdownMenu>
  <DropdownMenuTrigger asChild><Button variant="ghost" size="icon" aria-label="Row actions"><MoreHorizontal /></Button></DropdownMenuTrigger>
  <DropdownMenuContent align="end">
    <DropdownMenuLabel>Customer</DropdownMenuLabel>
    <DropdownMenuGroup>
      <DropdownMenuItem onSelect={edit}>Edit <DropdownMenuShortcut>E</DropdownMenuShortcut></DropdownMenuItem>
      <DropdownMenuCheckboxItem checked={pinned} onCheckedChange={setPinned}>Pinned</DropdownMenuCheckboxItem>
    </DropdownMenuGroup>
    <DropdownMenuSub>
      <DropdownMenuSubTrigger>Move to group</DropdownMenuSubTrigger>
      <DropdownMenuSubContent>
        <DropdownMenuRadioGroup value={group} onValueChange={setGroup}>
          <DropdownMenuRadioItem value="gold">Gold</DropdownMenuRadioItem>
        </DropdownMenuRadioGroup>
      </DropdownMenuSubContent>
    </DropdownMenuSub>
    <DropdownMenuSeparator />
    <DropdownMenuItem variant="destructive" onSelect={askToDelete}>Delete</DropdownMenuItem>
  </DropdownMenuContent>
</DropdownMenu>
// DropdownMenuContent renders DropdownMenuPortal itself.`,
    Preview: function DropdownMenuPreview() {
      const [pinned, setPinned] = useState(true);
      const [group, setGroup] = useState('gold');
      return (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button type="button" variant="outline" size="icon" aria-label="Example row actions" data-testid="complib-dropdown-open">
              <MoreHorizontal aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="start" data-testid="complib-dropdown">
            <DropdownMenuLabel>Customer</DropdownMenuLabel>
            <DropdownMenuGroup>
              <DropdownMenuItem onSelect={() => toast('Edit (example only)')} data-testid="complib-dropdown-edit">
                Edit <DropdownMenuShortcut>E</DropdownMenuShortcut>
              </DropdownMenuItem>
              <DropdownMenuCheckboxItem checked={pinned} onCheckedChange={setPinned}>
                Pinned
              </DropdownMenuCheckboxItem>
            </DropdownMenuGroup>
            <DropdownMenuSub>
              <DropdownMenuSubTrigger>Move to group</DropdownMenuSubTrigger>
              <DropdownMenuSubContent>
                <DropdownMenuRadioGroup value={group} onValueChange={setGroup}>
                  <DropdownMenuRadioItem value="gold">Gold</DropdownMenuRadioItem>
                  <DropdownMenuRadioItem value="silver">Silver</DropdownMenuRadioItem>
                </DropdownMenuRadioGroup>
              </DropdownMenuSubContent>
            </DropdownMenuSub>
            <DropdownMenuSeparator />
            <DropdownMenuItem variant="destructive" onSelect={() => toast.error('Delete (example only)')}>
              Delete
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      );
    },
  },
  {
    id: 'toaster',
    name: 'Toaster (toasts)',
    file: 'components/ui/sonner.tsx',
    exports: ['Toaster'],
    variants: [{ prop: 'toast', values: ['toast()', 'toast.success', 'toast.error', 'toast.info', 'toast.warning', 'toast.promise', 'action'] }],
    whenToUse: 'The result of an action ("Customer created", "Could not save: ..."). Toasts stack bottom right above the action dock. <Toaster> is mounted once by Providers: never mount another; call toast from sonner.',
    code: `import { toast } from 'sonner';
// <Toaster /> from '@/components/ui/sonner' is mounted once in <Providers>.

toast.success('Customer created');
toast.error('Could not save', { description: error.message });
toast('Tenant archived', { action: { label: 'Undo', onClick: restore } });
toast.promise(save(), { loading: 'Saving…', success: 'Saved', error: 'Could not save' });`,
    Preview: function ToasterPreview() {
      return (
        <div className={row}>
          <Button type="button" variant="outline" onClick={() => toast.success('Customer created (example)')} data-testid="complib-toast-success">
            Success
          </Button>
          <Button type="button" variant="outline" onClick={() => toast.error('Could not save (example)', { description: 'The server said: the name is taken.' })} data-testid="complib-toast-error">
            Error
          </Button>
          <Button type="button" variant="outline" onClick={() => toast.info('Export started (example)')} data-testid="complib-toast-info">
            Info
          </Button>
          <Button type="button" variant="outline" onClick={() => toast.warning('Balance below 10% (example)')} data-testid="complib-toast-warning">
            Warning
          </Button>
          <Button
            type="button"
            variant="outline"
            onClick={() => toast('Tenant archived (example)', { action: { label: 'Undo', onClick: () => toast.success('Restored (example)') } })}
            data-testid="complib-toast-action"
          >
            With action
          </Button>
          <Button
            type="button"
            variant="outline"
            onClick={() => void toast.promise(wait(1500), { loading: 'Saving… (example)', success: 'Saved (example)', error: 'Could not save' })}
            data-testid="complib-toast-promise"
          >
            Promise
          </Button>
        </div>
      );
    },
  },
];
