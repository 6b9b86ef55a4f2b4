'use client';

import { Phone } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { ScrollArea, ScrollBar } from '@/components/ui/scroll-area';
import { Table, TableBody, TableCaption, TableCell, TableFooter, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import type { LibraryEntry } from '../types';

const codecs = ['G.711 µ-law', 'G.711 A-law', 'G.722', 'G.729', 'Opus', 'iLBC', 'GSM', 'AMR-WB', 'Speex', 'T.38 (fax)'];

export const layoutEntries: LibraryEntry[] = [
  {
    id: 'tabs',
    name: 'Tabs',
    file: 'components/ui/tabs.tsx',
    exports: ['Tabs', 'TabsList', 'TabsTrigger', 'TabsContent'],
    variants: [{ prop: 'TabsList variant', values: ['line (content tabs)', 'pill (small switchers)'] }],
    whenToUse: 'line for content sections inside a card or panel; pill for small switchers (period, view). The tabs of a detail page live in PageHeader (?tab= in the URL). Arrow keys move between tabs.',
    code: `import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';

<Tabs defaultValue="overview">
  <TabsList variant="line">
    <TabsTrigger value="overview">Overview</TabsTrigger>
    <TabsTrigger value="usage">Usage</TabsTrigger>
  </TabsList>
  <TabsContent value="overview">...</TabsContent>
  <TabsContent value="usage">...</TabsContent>
</Tabs>`,
    Preview: function TabsPreview() {
      return (
        <div className="grid gap-6">
          <Tabs defaultValue="overview">
            <TabsList variant="line" aria-label="Example line tabs">
              <TabsTrigger value="overview" data-testid="complib-tabs-overview">
                Overview
              </TabsTrigger>
              <TabsTrigger value="usage" data-testid="complib-tabs-usage">
                Usage
              </TabsTrigger>
              <TabsTrigger value="disabled" disabled>
                Disabled
              </TabsTrigger>
            </TabsList>
            <TabsContent value="overview" className="text-sm">
              The overview panel.
            </TabsContent>
            <TabsContent value="usage" className="text-sm" data-testid="complib-tabs-usage-panel">
              The usage panel.
            </TabsContent>
          </Tabs>
          <Tabs defaultValue="24h">
            <TabsList variant="pill" aria-label="Example pill tabs">
              <TabsTrigger value="1h" data-testid="complib-tabs-1h">1 h</TabsTrigger>
              <TabsTrigger value="24h" data-testid="complib-tabs-24h">24 h</TabsTrigger>
              <TabsTrigger value="7d" data-testid="complib-tabs-7d">7 d</TabsTrigger>
            </TabsList>
            <TabsContent value="1h" className="text-sm">
              Last hour.
            </TabsContent>
            <TabsContent value="24h" className="text-sm">
              Last 24 hours.
            </TabsContent>
            <TabsContent value="7d" className="text-sm">
              Last 7 days.
            </TabsContent>
          </Tabs>
        </div>
      );
    },
  },
  {
    id: 'scroll-area',
    name: 'ScrollArea',
    file: 'components/ui/scroll-area.tsx',
    exports: ['ScrollArea', 'ScrollBar'],
    variants: [
      { prop: 'focusable', values: ['true (default: keyboard can scroll it)', 'false (content has its own focus stops)'] },
      { prop: 'ScrollBar orientation', values: ['vertical (default)', 'horizontal'] },
    ],
    whenToUse: 'A scrollable panel with a thin, themed scrollbar (sidebars, long lists inside a card). When it is focusable, name it with role="region" and aria-label (a name on a plain div is not allowed).',
    code: `import { ScrollArea, ScrollBar } from '@/components/ui/scroll-area';

<ScrollArea className="h-48 rounded-md border" role="region" aria-label="Codecs">
  {items.map(...)}
</ScrollArea>
// A horizontal scroller adds <ScrollBar orientation="horizontal" /> inside.`,
    Preview: function ScrollAreaPreview() {
      return (
        <div className="flex flex-wrap gap-4">
          <ScrollArea className="h-40 w-56 rounded-md border" role="region" aria-label="Example codec list">
            <ul className="p-3 text-sm">
              {codecs.map((c) => (
                <li key={c} className="border-b py-1.5 last:border-b-0">
                  {c}
                </li>
              ))}
            </ul>
          </ScrollArea>
          <ScrollArea className="w-72 rounded-md border whitespace-nowrap" role="region" aria-label="Example horizontal list">
            <div className="flex gap-2 p-3">
              {codecs.map((c) => (
                <span key={c} className="rounded-md bg-muted px-2 py-1 text-sm">
                  {c}
                </span>
              ))}
            </div>
            <ScrollBar orientation="horizontal" />
          </ScrollArea>
        </div>
      );
    },
  },
  {
    id: 'table',
    name: 'Table',
    file: 'components/ui/table.tsx',
    exports: ['Table', 'TableHeader', 'TableBody', 'TableFooter', 'TableRow', 'TableHead', 'TableCell', 'TableCaption'],
    variants: [{ prop: 'containerProps', values: ['role="region" + aria-label to name the scroller'] }],
    whenToUse: 'Static tables only (a price breakdown, a permission matrix). Lists of records use the data-table kit (DataTable). Right-align numbers and money; headers get scope="col".',
    code: `import { Table, TableBody, TableCaption, TableCell, TableFooter, TableHead, TableHeader, TableRow } from '@/components/ui/table';

<Table containerProps={{ role: 'region', 'aria-label': 'Invoice lines' }}>
  <TableCaption>Charges of November</TableCaption>
  <TableHeader><TableRow><TableHead scope="col">Item</TableHead><TableHead scope="col" className="text-right">Amount</TableHead></TableRow></TableHeader>
  <TableBody><TableRow><TableCell>DIDs</TableCell><TableCell className="text-right">$40.00</TableCell></TableRow></TableBody>
  <TableFooter><TableRow><TableCell>Total</TableCell><TableCell className="text-right">$40.00</TableCell></TableRow></TableFooter>
</Table>`,
    Preview: function TablePreview() {
      const lines = [
        { item: 'DID numbers (4)', amount: '$40.00' },
        { item: 'Outbound minutes (1,250)', amount: '$12.50' },
        { item: 'Channels (10)', amount: '$30.00' },
      ];
      return (
        <Table className="max-w-md" containerProps={{ role: 'region', 'aria-label': 'Example invoice lines' }}>
          <TableCaption>Charges of November (example)</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Item</TableHead>
              <TableHead scope="col" className="text-right">
                Amount
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lines.map((l) => (
              <TableRow key={l.item}>
                <TableCell>{l.item}</TableCell>
                <TableCell className="text-right">{l.amount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell>Total</TableCell>
              <TableCell className="text-right">$82.50</TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      );
    },
  },
  {
    id: 'empty-state',
    name: 'EmptyState',
    file: 'components/ui/empty-state.tsx',
    exports: ['EmptyState'],
    variants: [
      { prop: 'size', values: ['default', 'sm (inside tables and cards)'] },
      { prop: 'icon', values: ['Inbox (default)', 'any lucide icon'] },
    ],
    whenToUse: 'Any empty list or panel: say what is missing and offer the next step. A list empty only because of search/filters says so instead (DataTable does it).',
    code: `import { EmptyState } from '@/components/ui/empty-state';

<EmptyState
  icon={Phone}
  title="No numbers yet"
  description="Buy a number to receive calls."
  action={<Button data-testid="did-buy">Buy a number</Button>}
/>`,
    Preview: function EmptyStatePreview() {
      return (
        <div className="grid gap-4 md:grid-cols-2">
          <div className="rounded-lg border">
            <EmptyState
              icon={Phone}
              title="No numbers yet"
              description="Buy a number to receive calls."
              action={
                <Button type="button" onClick={() => toast('Buy a number (example only)')} data-testid="complib-empty-state-action">
                  Buy a number
                </Button>
              }
              data-testid="complib-empty-state"
            />
          </div>
          <div className="rounded-lg border">
            <EmptyState size="sm" title="Nothing here yet" data-testid="complib-empty-state-sm" />
          </div>
        </div>
      );
    },
  },
  {
    id: 'error-state',
    name: 'ErrorState',
    file: 'components/ui/error-state.tsx',
    exports: ['ErrorState'],
    variants: [
      { prop: 'size', values: ['default', 'sm'] },
      { prop: 'onRetry / retrying', values: ['no retry', 'Retry button (data-testid retry)', 'retrying (spinning, disabled)'] },
    ],
    whenToUse: 'Any failed load: the server\'s message and a Retry that calls refetch. Announced politely (role="status").',
    code: `import { ErrorState } from '@/components/ui/error-state';

<ErrorState title="Could not load balances" message={error.message} onRetry={() => query.refetch()} retrying={query.isFetching} />`,
    Preview: function ErrorStatePreview() {
      const [retrying, setRetrying] = useState(false);
      return (
        <div className="rounded-lg border">
          <ErrorState
            title="Could not load balances"
            message="The billing service did not answer in time (example)."
            retrying={retrying}
            onRetry={() => {
              setRetrying(true);
              setTimeout(() => setRetrying(false), 1200);
            }}
            data-testid="complib-error-state"
          />
        </div>
      );
    },
  },
];
