'use client';

import { Download, Plus, Settings, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Avatar, AvatarFallback, AvatarImage } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Breadcrumb, BreadcrumbEllipsis, BreadcrumbItem, BreadcrumbLink, BreadcrumbList, BreadcrumbPage, BreadcrumbSeparator } from '@/components/ui/breadcrumb';
import { Button } from '@/components/ui/button';
import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { Progress } from '@/components/ui/progress';
import { Separator } from '@/components/ui/separator';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { Tooltip, TooltipContent, TooltipProvider, TooltipTrigger } from '@/components/ui/tooltip';
import type { LibraryEntry } from '../types';

const row = 'flex flex-wrap items-center gap-2';

export const basicEntries: LibraryEntry[] = [
  {
    id: 'button',
    name: 'Button',
    file: 'components/ui/button.tsx',
    exports: ['Button'],
    variants: [
      { prop: 'variant', values: ['default', 'destructive', 'outline', 'secondary', 'ghost', 'link'] },
      { prop: 'size', values: ['default', 'sm', 'lg', 'icon', 'icon-sm', 'icon-lg'] },
      { prop: 'asChild', values: ['false', 'true (styles a Link or <a>)'] },
    ],
    whenToUse:
      'One default (primary) button per view for the main action; outline for secondary actions in toolbars; ghost in dense chrome; destructive only for the final step of a destructive action. Icon sizes require an aria-label. Inside a form a Button submits unless type="button".',
    code: `import { Button } from '@/components/ui/button';

<Button data-testid="customer-create">Add customer</Button>
<Button variant="outline" size="sm">Export</Button>
<Button variant="destructive">Delete</Button>
<Button variant="ghost" size="icon" aria-label="Settings"><Settings /></Button>
<Button asChild variant="link"><Link href="/docs">Read the docs</Link></Button>`,
    Preview: function ButtonPreview() {
      return (
        <div className="grid gap-3">
          <div className={row}>
            <Button type="button">Default</Button>
            <Button type="button" variant="secondary">
              Secondary
            </Button>
            <Button type="button" variant="outline">
              Outline
            </Button>
            <Button type="button" variant="ghost">
              Ghost
            </Button>
            <Button type="button" variant="link">
              Link
            </Button>
            <Button type="button" variant="destructive">
              <Trash2 aria-hidden /> Destructive
            </Button>
          </div>
          <div className={row}>
            <Button type="button" size="sm">
              <Plus aria-hidden /> Small
            </Button>
            <Button type="button" size="lg">
              Large
            </Button>
            <Button type="button" size="icon-sm" variant="outline" aria-label="Download (small)">
              <Download aria-hidden />
            </Button>
            <Button type="button" size="icon" variant="outline" aria-label="Download">
              <Download aria-hidden />
            </Button>
            <Button type="button" size="icon-lg" variant="ghost" aria-label="Settings">
              <Settings aria-hidden />
            </Button>
            <Button type="button" disabled>
              Disabled
            </Button>
          </div>
        </div>
      );
    },
  },
  {
    id: 'badge',
    name: 'Badge',
    file: 'components/ui/badge.tsx',
    exports: ['Badge'],
    variants: [{ prop: 'variant', values: ['default', 'secondary', 'destructive', 'success', 'warning', 'info', 'outline'] }],
    whenToUse: 'Short statuses and categories: active = success, suspended = warning, failed = destructive. Solid fills only (every variant passes AA in both modes); never the only carrier of a meaning that needs an action.',
    code: `import { Badge } from '@/components/ui/badge';

<Badge variant="success">Active</Badge>
<Badge variant="warning">Suspended</Badge>
<Badge variant="destructive">Failed</Badge>`,
    Preview: function BadgePreview() {
      return (
        <div className={row}>
          <Badge>Default</Badge>
          <Badge variant="secondary">Secondary</Badge>
          <Badge variant="success">Active</Badge>
          <Badge variant="warning">Suspended</Badge>
          <Badge variant="destructive">Failed</Badge>
          <Badge variant="info">Invited</Badge>
          <Badge variant="outline">Outline</Badge>
        </div>
      );
    },
  },
  {
    id: 'avatar',
    name: 'Avatar',
    file: 'components/ui/avatar.tsx',
    exports: ['Avatar', 'AvatarImage', 'AvatarFallback'],
    variants: [{ prop: 'className', values: ['size-8 (default)', 'size-10', 'rounded-md for brands'] }],
    whenToUse: 'People and brands in menus, lists and headers. The fallback (initials) shows until the image loads or when there is none. Give the image the name as alt, or alt="" when the name is printed next to it.',
    code: `import { Avatar, AvatarFallback, AvatarImage } from '@/components/ui/avatar';

<Avatar>
  <AvatarImage src={user.image} alt={user.name} />
  <AvatarFallback>AV</AvatarFallback>
</Avatar>`,
    Preview: function AvatarPreview() {
      return (
        <div className={row}>
          <Avatar>
            <AvatarImage src="/brand/didtron.svg" alt="DIDTron" />
            <AvatarFallback>DT</AvatarFallback>
          </Avatar>
          <Avatar>
            <AvatarFallback>AV</AvatarFallback>
          </Avatar>
          <Avatar className="size-10 rounded-md">
            <AvatarFallback className="rounded-md">NT</AvatarFallback>
          </Avatar>
          <span className="text-sm">Acme Voice</span>
        </div>
      );
    },
  },
  {
    id: 'breadcrumb',
    name: 'Breadcrumb',
    file: 'components/ui/breadcrumb.tsx',
    exports: ['Breadcrumb', 'BreadcrumbList', 'BreadcrumbItem', 'BreadcrumbLink', 'BreadcrumbPage', 'BreadcrumbSeparator', 'BreadcrumbEllipsis'],
    variants: [{ prop: 'BreadcrumbLink asChild', values: ['false (<a>)', 'true (next/link)'] }],
    whenToUse: 'List -> detail -> sub-detail navigation under the page header (PageHeader draws it from `breadcrumbs`). Every level but the last is a link; the last is BreadcrumbPage (aria-current="page").',
    code: `import { Breadcrumb, BreadcrumbEllipsis, BreadcrumbItem, BreadcrumbLink, BreadcrumbList, BreadcrumbPage, BreadcrumbSeparator } from '@/components/ui/breadcrumb';

<Breadcrumb>
  <BreadcrumbList>
    <BreadcrumbItem><BreadcrumbLink asChild><Link href="/tenants">Tenants</Link></BreadcrumbLink></BreadcrumbItem>
    <BreadcrumbSeparator />
    <BreadcrumbItem><BreadcrumbEllipsis /></BreadcrumbItem>
    <BreadcrumbSeparator />
    <BreadcrumbItem><BreadcrumbPage>Acme Voice</BreadcrumbPage></BreadcrumbItem>
  </BreadcrumbList>
</Breadcrumb>`,
    Preview: function BreadcrumbPreview() {
      return (
        <Breadcrumb aria-label="Example breadcrumb">
          <BreadcrumbList>
            <BreadcrumbItem>
              <BreadcrumbLink href="#component-breadcrumb" data-testid="complib-breadcrumb-link">Tenants</BreadcrumbLink>
            </BreadcrumbItem>
            <BreadcrumbSeparator />
            <BreadcrumbItem>
              <BreadcrumbEllipsis />
            </BreadcrumbItem>
            <BreadcrumbSeparator />
            <BreadcrumbItem>
              <BreadcrumbPage>Acme Voice</BreadcrumbPage>
            </BreadcrumbItem>
          </BreadcrumbList>
        </Breadcrumb>
      );
    },
  },
  {
    id: 'card',
    name: 'Card',
    file: 'components/ui/card.tsx',
    exports: ['Card', 'CardHeader', 'CardTitle', 'CardDescription', 'CardAction', 'CardContent', 'CardFooter'],
    variants: [{ prop: 'parts', values: ['CardHeader', 'CardAction (top right)', 'CardContent', 'CardFooter'] }],
    whenToUse: 'Grouped content on a page: KPI tiles, a form section, a summary. Flat with a 1px border (no shadow). Not for lists: they use the data-table kit.',
    code: `import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';

<Card>
  <CardHeader>
    <CardTitle>Balance</CardTitle>
    <CardDescription>Prepaid, USD</CardDescription>
    <CardAction><Button variant="outline" size="sm">Top up</Button></CardAction>
  </CardHeader>
  <CardContent>$1,250.00</CardContent>
  <CardFooter>Updated 2 minutes ago</CardFooter>
</Card>`,
    Preview: function CardPreview() {
      return (
        <Card className="max-w-sm">
          <CardHeader>
            <CardTitle>Balance</CardTitle>
            <CardDescription>Prepaid, USD</CardDescription>
            <CardAction>
              <Button type="button" variant="outline" size="sm" data-testid="complib-card-action">
                Top up
              </Button>
            </CardAction>
          </CardHeader>
          <CardContent className="text-xl font-semibold tabular-nums">$1,250.00</CardContent>
          <CardFooter className="text-xs text-muted-foreground">Updated 2 minutes ago</CardFooter>
        </Card>
      );
    },
  },
  {
    id: 'separator',
    name: 'Separator',
    file: 'components/ui/separator.tsx',
    exports: ['Separator'],
    variants: [
      { prop: 'orientation', values: ['horizontal', 'vertical'] },
      { prop: 'decorative', values: ['true (hidden from screen readers)', 'false (role separator)'] },
    ],
    whenToUse: 'A 1px rule between groups inside a card, menu or toolbar. Prefer spacing (gap-4/gap-6) between page sections.',
    code: `import { Separator } from '@/components/ui/separator';

<Separator />
<div className="flex h-5 items-center gap-3">Docs <Separator orientation="vertical" /> API</div>`,
    Preview: function SeparatorPreview() {
      return (
        <div className="grid max-w-sm gap-3 text-sm">
          <span>Account</span>
          <Separator />
          <div className="flex h-5 items-center gap-3">
            <span>Docs</span>
            <Separator orientation="vertical" />
            <span>API</span>
            <Separator orientation="vertical" />
            <span>Status</span>
          </div>
        </div>
      );
    },
  },
  {
    id: 'skeleton',
    name: 'Skeleton',
    file: 'components/ui/skeleton.tsx',
    exports: ['Skeleton'],
    variants: [{ prop: 'className', values: ['any size: the shape of the content it stands for'] }],
    whenToUse: 'Loading placeholders in the shape of the content (tables show skeleton rows by themselves). Mark the container aria-busy and add a visually hidden "Loading ..." status; never a blank page.',
    code: `import { Skeleton } from '@/components/ui/skeleton';

<div aria-busy="true">
  <Skeleton className="h-4 w-40" />
  <span className="sr-only" role="status">Loading balance</span>
</div>`,
    Preview: function SkeletonPreview() {
      return (
        <div className="flex items-center gap-3" aria-busy="true">
          <Skeleton className="size-10 rounded-full" />
          <div className="grid gap-2">
            <Skeleton className="h-4 w-48" />
            <Skeleton className="h-4 w-32" />
          </div>
          <span className="sr-only" role="status">
            Loading example
          </span>
        </div>
      );
    },
  },
  {
    id: 'spinner',
    name: 'Spinner',
    file: 'components/ui/spinner.tsx',
    exports: ['Spinner'],
    variants: [
      { prop: 'label', values: ['"Loading" (default)', 'any text'] },
      { prop: 'className', values: ['size-4 (default)', 'size-6'] },
    ],
    whenToUse: 'A small in-place activity indicator (inside a button while it submits, next to a value being computed). role="status" with a label; stops spinning under prefers-reduced-motion. For a region being loaded use Skeleton.',
    code: `import { Spinner } from '@/components/ui/spinner';

<Button disabled><Spinner label="Saving" /> Saving</Button>`,
    Preview: function SpinnerPreview() {
      return (
        <div className={row}>
          <Spinner />
          <Spinner className="size-6" label="Loading large example" />
          <Button type="button" disabled>
            <Spinner label="Saving" /> Saving
          </Button>
        </div>
      );
    },
  },
  {
    id: 'progress',
    name: 'Progress',
    file: 'components/ui/progress.tsx',
    exports: ['Progress'],
    variants: [
      { prop: 'value', values: ['0..max', 'null (indeterminate)'] },
      { prop: 'aria-label | aria-labelledby', values: ['required'] },
    ],
    whenToUse: 'Progress of a job (imports, exports, bulk changes). The name is required at the type level: a bar without one is announced as just a number.',
    code: `import { Progress } from '@/components/ui/progress';

<Progress value={job.percent} aria-label="Import progress" />
<Progress value={null} aria-label="Preparing export" />`,
    Preview: function ProgressPreview() {
      const [value, setValue] = useState(40);
      return (
        <div className="grid max-w-sm gap-3">
          <Progress value={value} aria-label="Example import progress" data-testid="complib-progress" />
          <Progress value={null} aria-label="Example indeterminate progress" />
          <div className={row}>
            <Button type="button" variant="outline" size="sm" onClick={() => setValue((v) => (v >= 100 ? 0 : v + 20))} data-testid="complib-progress-advance">
              Advance
            </Button>
            <span className="text-sm tabular-nums text-muted-foreground">{value}%</span>
          </div>
        </div>
      );
    },
  },
  {
    id: 'tooltip',
    name: 'Tooltip',
    file: 'components/ui/tooltip.tsx',
    exports: ['TooltipProvider', 'Tooltip', 'TooltipTrigger', 'TooltipContent'],
    variants: [{ prop: 'TooltipContent side', values: ['top', 'right', 'bottom', 'left'] }],
    whenToUse: 'A hint on hover and focus. Never the only name of a control (icon buttons carry aria-label) and never essential information. TooltipProvider is mounted once by Providers.',
    code: `import { Tooltip, TooltipContent, TooltipProvider, TooltipTrigger } from '@/components/ui/tooltip';

// <TooltipProvider> is already in Providers; a standalone tree needs its own.
<Tooltip>
  <TooltipTrigger asChild><Button variant="outline" size="icon" aria-label="Download"><Download /></Button></TooltipTrigger>
  <TooltipContent>Download as CSV</TooltipContent>
</Tooltip>`,
    Preview: function TooltipPreview() {
      return (
        <TooltipProvider>
          <div className={row}>
            {(['top', 'right', 'bottom', 'left'] as const).map((side) => (
              <Tooltip key={side}>
                <TooltipTrigger asChild>
                  <Button type="button" variant="outline" size="sm" data-testid={`complib-tooltip-${side}`}>
                    {side}
                  </Button>
                </TooltipTrigger>
                <TooltipContent side={side}>A hint on the {side}</TooltipContent>
              </Tooltip>
            ))}
          </div>
        </TooltipProvider>
      );
    },
  },
];
