import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { AuthFrame } from '@/components/shell/auth-frame';
import { brandMetadata } from '@/components/shell/brand-metadata';
import { cachedPublicBranding } from '@/lib/tenancy/branding-cache';

/** Title and favicon in the tenant's brand (never the platform's on a reseller host), cached per tenant. */
export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }): Promise<Metadata> {
  const brand = await cachedPublicBranding((await params).tenant);
  return brand ? brandMetadata(brand, 'Sign in') : {};
}

/**
 * Sign-up and sign-in, branded per tenant (pbx.<root> for the root brand, /auth on reseller hosts).
 * Reads only the tenant's cached branding, so that the sign-in page below can be prerendered per tenant.
 */
export default async function AuthLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const brand = await cachedPublicBranding((await params).tenant);
  if (!brand) notFound();
  return (
    <AuthFrame portal="signup" brandName={brand.name} logoUrl={brand.logoUrl} colours={brand.isRoot ? undefined : { primary: brand.primaryColor, accent: brand.accentColor }}>
      {children}
    </AuthFrame>
  );
}
