import { buttonVariants } from '@/components/ui/button';
import { ArrowRight, Bot, Cpu, Gauge, Globe2, Network, PhoneCall, ShieldCheck, Waves } from 'lucide-react';
import Link from 'next/link';
import { PortalIllustration } from '@/components/site/portal-illustration';
import { cachedPublicCategories } from '@/lib/customers/public-categories';
import { portalUrl } from '@/lib/tenancy/portal-url';

const products = [
  {
    icon: Waves,
    title: 'Voice termination in four quality tiers',
    body: 'Route by cost or by quality. Each tier is built from carriers we monitor on ASR, ACD, PDD and NER, so you choose the trade-off per destination instead of per contract.',
  },
  {
    icon: Globe2,
    title: 'DIDs with automated KYC',
    body: 'Local, national, mobile and toll-free numbers in dozens of countries. Identity and address checks run automatically; numbers go live as soon as the regulator is satisfied.',
  },
  {
    icon: PhoneCall,
    title: 'Cloud PBX',
    body: 'Extensions, IVRs, ring groups, queues, time conditions, voicemail to email and call recording: a full Class 5 feature set without a box to rack.',
  },
  {
    icon: Bot,
    title: 'AI voice agents',
    body: 'Answer, qualify and route calls with agents that speak naturally, hand over to people with context, and are billed per AI minute like everything else.',
  },
  {
    icon: Network,
    title: 'SIP trunks',
    body: 'IP-authenticated or registration trunks with tech prefixes, CPS limits and capacity controls, terminating on the same routes our carriers use.',
  },
  {
    icon: Cpu,
    title: 'Class 4 softswitch for carriers',
    body: 'Carriers, interconnects and services on the Digitalk model: ingress validation, rating plans, routing plans, margin enforcement and supplier rate imports with notice rules.',
  },
  {
    icon: Gauge,
    title: 'SIP tester',
    body: 'Quality, PDD, DTMF, capacity and failover tests on demand or on a schedule, with results shared between portals and explained in plain language.',
  },
];

const principles = [
  { title: 'Pay as you go', body: 'No subscriptions, ever. Top up from $25 and pay per minute, per number, per AI minute.' },
  { title: 'Billed per call, to the second', body: 'Every call rated individually on its own increments (60/60, 60/6, 6/6, 1/1) with a double-entry ledger behind every cent.' },
  { title: 'Your brand, your domain', body: 'Resell the whole platform under your name on your own domain, with your colours and your customers.' },
];

/**
 * Prerendered (lib/http/prerendered.ts). The customer categories and their public descriptions are
 * edited in the admin console: read under their cache tag, so an edit renders this page again.
 */
export default async function MarketingHome() {
  const categories = (await cachedPublicCategories()).filter((c) => c.publicDescription.trim());
  return (
    <>
      <section className="mx-auto grid max-w-6xl items-center gap-12 px-6 pb-16 pt-20 md:pt-28 lg:grid-cols-2" aria-labelledby="hero-title">
        <div>
          <p className="text-sm font-medium text-primary">Wholesale voice, numbers, PBX and AI on one platform</p>
          <h1 id="hero-title" className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight md:text-5xl">
            The carrier-grade voice platform you pay for only when you use it.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-muted-foreground">
            DIDTron gives carriers, resellers and businesses termination, DIDs, cloud PBX, AI voice agents and a Class 4 softswitch, with
            transparent per-use pricing and a white-label portal for every reseller.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <a
              href={portalUrl('signup', '/')}
              data-testid="cta-sign-up"
              className={buttonVariants({ size: 'lg', className: 'gap-2' })}
            >
              Create an account <ArrowRight className="size-4" aria-hidden />
            </a>
            <a
              href={portalUrl('docs', '/')}
              data-testid="cta-docs"
              className="inline-flex h-11 items-center rounded-md border border-border px-5 text-sm font-medium hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            >
              Read the docs
            </a>
          </div>
        </div>
        <PortalIllustration className="hidden lg:block" />
      </section>

      <section id="products" className="border-t border-border bg-muted/40" aria-labelledby="products-title">
        <div className="mx-auto max-w-6xl px-6 py-16">
          <h2 id="products-title" className="text-2xl font-semibold tracking-tight">
            Products
          </h2>
          <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {products.map(({ icon: Icon, title, body }) => (
              <li key={title} className="rounded-lg border border-border bg-card p-5">
                <Icon className="size-5 text-primary" aria-hidden />
                <h3 className="mt-3 font-medium">{title}</h3>
                <p className="mt-2 text-sm text-muted-foreground">{body}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      {categories.length > 0 && (
        <section id="who-its-for" className="border-b border-border" aria-labelledby="who-title" data-testid="who-its-for">
          <div className="mx-auto max-w-6xl px-6 py-16">
            <h2 id="who-title" className="text-2xl font-semibold tracking-tight">
              Who it’s for
            </h2>
            <p className="mt-2 max-w-2xl text-muted-foreground">Choose the category that fits you when you sign up; your portal starts with what it needs.</p>
            <ul className="mt-8 grid gap-4 sm:grid-cols-2">
              {categories.map((c) => (
                <li key={c.slug} className="rounded-lg border border-border p-5" data-testid={`who-${c.slug}`}>
                  <h3 className="font-medium">{c.name}</h3>
                  <p className="mt-2 whitespace-pre-line text-sm text-muted-foreground">{c.publicDescription}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}

      <section id="pricing" className="mx-auto max-w-6xl px-6 py-16" aria-labelledby="pricing-title">
        <h2 id="pricing-title" className="text-2xl font-semibold tracking-tight">
          How pricing works
        </h2>
        <ul className="mt-8 grid gap-4 md:grid-cols-3">
          {principles.map((p) => (
            <li key={p.title} className="rounded-lg border border-border p-5">
              <h3 className="font-medium">{p.title}</h3>
              <p className="mt-2 text-sm text-muted-foreground">{p.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="border-t border-border" aria-labelledby="trust-title">
        <div className="mx-auto flex max-w-6xl flex-col gap-4 px-6 py-12 md:flex-row md:items-center md:justify-between">
          <div className="flex items-start gap-3">
            <ShieldCheck className="mt-0.5 size-5 text-primary" aria-hidden />
            <div>
              <h2 id="trust-title" className="font-medium">
                Built for people who move real money
              </h2>
              <p className="text-sm text-muted-foreground">Tenant isolation enforced in the database, an audit trail on every staff change, and integer money.</p>
            </div>
          </div>
          <Link href="/#products" className="text-sm font-medium text-primary underline underline-offset-4 hover:decoration-2" data-testid="link-products">
            Explore the products
          </Link>
        </div>
      </section>
    </>
  );
}
