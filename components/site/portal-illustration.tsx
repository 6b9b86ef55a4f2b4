import { cn } from '@/lib/utils';

const KPIS = [
  { label: 'Balance', value: '$1,240.50', note: 'prepaid' },
  { label: 'ASR today', value: '62.4 %', note: 'answered' },
  { label: 'ACD', value: '3m 12s', note: 'per call' },
] as const;

const CALLS = [
  { to: '+44 20 7946 0321', tier: 'Premium', secs: '4:31', cost: '$0.0412' },
  { to: '+1 415 555 0142', tier: 'Standard', secs: '1:07', cost: '$0.0061' },
  { to: '+49 30 901820', tier: 'Premium', secs: '12:48', cost: '$0.1176' },
  { to: '+33 1 70 36 39 50', tier: 'Economy', secs: '0:42', cost: '$0.0029' },
] as const;

/** Answered calls per hour: the shape of the chart in the picture (any plausible day will do). */
const HOURLY = [18, 22, 19, 27, 35, 41, 38, 46, 52, 49, 58, 63, 57, 66, 72, 69];

function chartPath(values: readonly number[], width: number, height: number): { line: string; area: string } {
  const max = Math.max(...values) * 1.1;
  const step = width / (values.length - 1);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - (v / max) * height).toFixed(1)}`);
  return { line: `M${points.join(' L')}`, area: `M0,${height} L${points.join(' L')} L${width},${height} Z` };
}

/**
 * The hero's picture of the product: a customer portal in a browser window, drawn in markup and
 * SVG with the design tokens (so it follows light/dark mode and a reseller's colours; no image
 * files). It is one image to assistive technology, described by its label.
 */
export function PortalIllustration({ className }: { className?: string }) {
  const { line, area } = chartPath(HOURLY, 300, 80);
  return (
    <div
      role="img"
      aria-label="Illustration of the DIDTron customer portal: prepaid balance, call quality, calls per hour and recent calls rated per call"
      data-testid="hero-illustration"
      className={cn('select-none overflow-hidden rounded-xl border border-border bg-card text-card-foreground shadow-md', className)}
    >
      <div className="flex items-center gap-2 border-b border-border bg-muted px-3 py-2">
        <span className="size-2.5 rounded-full bg-destructive" />
        <span className="size-2.5 rounded-full bg-warning" />
        <span className="size-2.5 rounded-full bg-success" />
        <span className="ml-3 flex-1 truncate rounded-md bg-background px-2 py-0.5 text-[11px] text-muted-foreground">switch.pbx.didtron.com</span>
      </div>
      <div className="flex">
        <div className="flex w-10 flex-col items-center gap-2 border-r border-border bg-sidebar py-3">
          <span className="size-5 rounded-md bg-primary" />
          {[0, 1, 2, 3].map((i) => (
            <span key={i} className={cn('size-5 rounded-md', i === 0 ? 'bg-sidebar-accent' : 'bg-muted')} />
          ))}
        </div>
        <div className="min-w-0 flex-1 p-3">
          <div className="flex items-center justify-between">
            <span className="text-xs font-semibold">Overview</span>
            <span className="rounded-md border border-border px-2 py-0.5 text-[11px] text-muted-foreground">Last 24 hours</span>
          </div>
          <div className="mt-2 grid grid-cols-3 gap-2">
            {KPIS.map((k) => (
              <div key={k.label} className="rounded-md border border-border p-2">
                <div className="text-[11px] text-muted-foreground">{k.label}</div>
                <div className="text-sm font-semibold tabular-nums">{k.value}</div>
                <div className="text-[11px] text-muted-foreground">{k.note}</div>
              </div>
            ))}
          </div>
          <div className="mt-2 rounded-md border border-border p-2">
            <div className="text-[11px] text-muted-foreground">Answered calls per hour</div>
            <svg viewBox="0 0 300 80" preserveAspectRatio="none" className="mt-1 h-20 w-full" aria-hidden>
              {[20, 40, 60].map((y) => (
                <line key={y} x1="0" x2="300" y1={y} y2={y} stroke="var(--border)" strokeDasharray="3 3" />
              ))}
              <path d={area} fill="var(--chart-1)" opacity="0.15" />
              <path d={line} fill="none" stroke="var(--chart-1)" strokeWidth="2" vectorEffect="non-scaling-stroke" />
            </svg>
          </div>
          <div className="mt-2 grid grid-cols-[1fr_auto_auto_auto] gap-x-3 text-[11px]">
            {['Destination', 'Tier', 'Duration', 'Cost'].map((h, i) => (
              <span key={h} className={cn('py-1 font-medium text-muted-foreground', i > 1 && 'text-right')}>
                {h}
              </span>
            ))}
            {CALLS.map((c) => (
              <div key={c.to} className="col-span-4 grid grid-cols-subgrid border-t border-border py-1">
                <span className="truncate tabular-nums">{c.to}</span>
                <span>{c.tier}</span>
                <span className="text-right tabular-nums">{c.secs}</span>
                <span className="text-right tabular-nums">{c.cost}</span>
              </div>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
