import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TenantCombobox } from './tenant-combobox';

const render = (props: Parameters<typeof TenantCombobox>[0]) => renderToString(h(QueryClientProvider, { client: new QueryClient() }, h(TenantCombobox, props)));

describe('TenantCombobox (server render, closed)', () => {
  it('is a named combobox controlling a named listbox, collapsed, showing the value', () => {
    const html = render({ value: { id: 'x', name: 'Acme Voice' }, onChange: () => {}, label: 'Tenant', 'data-testid': 'pick' });
    const input = /<input[^>]*data-testid="pick"[^>]*>/.exec(html)?.[0] ?? '';
    expect(input).toContain('role="combobox"');
    expect(input).toContain('aria-expanded="false"');
    expect(input).toContain('aria-autocomplete="list"');
    expect(input).toContain('aria-label="Tenant"');
    expect(input).toContain('value="Acme Voice"');
    expect(input).not.toContain('aria-activedescendant');
    const controls = /aria-controls="([^"]+)"/.exec(input)?.[1];
    expect(html).toContain(`<ul id="${controls}" role="listbox" aria-label="Tenant"`);
    // Nothing is fetched or listed until it opens.
    expect(html).not.toContain('role="option"');
  });

  it('shows the "no tenant" text when empty, and takes its label from a visible <label> when given an id', () => {
    const html = render({ value: null, onChange: () => {}, label: 'Tenant', allLabel: 'All tenants', id: 'f-tenant', 'aria-describedby': 'f-desc' });
    expect(html).toMatch(/<input[^>]*id="f-tenant"[^>]*value="All tenants"/);
    expect(html).not.toMatch(/<input[^>]*aria-label=/);
    expect(html).toMatch(/<input[^>]*aria-describedby="f-desc"/);
  });
});
