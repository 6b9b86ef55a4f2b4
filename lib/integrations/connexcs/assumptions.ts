/**
 * Every ConnexCS endpoint shape the adapter uses that NO public source confirms, in one place.
 * The confirmed ones (and their sources) are listed in docs/REFERENCES.md under "ConnexCS".
 * The fake server (fakes/connexcs) implements exactly these shapes; when the real API turns out to
 * differ, change the entry here and the adapter method that names it, then the fake.
 *
 * Each entry: the request we send, what we expect back, and why we chose it.
 */
export const CONNEXCS_ASSUMPTIONS = {
  customerUpdate: {
    request: 'PUT customer/{id} {name?, status?, debit_limit?, channels?, cps?}',
    response: "{status:'OK'}",
    why: "Only GET customer, GET customer/{id} and POST customer are seen in public code; PUT {id} follows the confirmed PUT did/{id} pattern. Field names mirror the read fields (status values are the UI's: 'Active', 'Inactive', 'Pending Approval').",
  },
  customerBlock: {
    request: "PUT customer/{id} {status:'Inactive'} (block) / {status:'Active'} (unblock)",
    response: "{status:'OK'}",
    why: 'The UI has a customer Status (Active/Inactive/Pending Approval) and GET customer?status=inactive is confirmed; no public source shows a dedicated block endpoint.',
  },
  providers: {
    request: 'GET provider, GET provider/{id}, POST provider {name, currency, ...}, PUT provider/{id}',
    response: 'same shapes as customer (id, name, status, credit, debit_limit, currency); POST answers {status, id}',
    why: "ConnexCS calls carriers 'Provider' (docs provider-ratecard.md); no public source shows a provider REST path. `carrier` appears only in clients that look guessed.",
  },
  ipAuthWrite: {
    request: "POST switch/ip {company_id, ip, tech_prefix, direction:'ingress'|'egress'}; DELETE switch/ip/{id}",
    response: "{status:'OK', id} / {status:'OK'}",
    why: 'GET switch/ip?ip=&_limit= is confirmed (rows carry company_id); writes and the tech_prefix/direction fields are not.',
  },
  cardCreate: {
    request: "POST card {name, company_id, direction:'customer'|'provider', currency}",
    response: '{status:\'OK\', id:"<short alphanumeric id>"}',
    why: 'Card reads are confirmed (GET card/{id}); creation is a UI flow in the docs.',
  },
  cardRevisionUpload: {
    request: 'POST card/{id}/rev {rules:[{prefix, name, cost, connect, mcd, pulse, status}], activate}',
    response: "{status:'OK', rev}",
    why: 'Rate-card upload by API is NOT found publicly (Bulk Upload screen, or e-mail). The rule fields are the confirmed read fields of GET card/{id}/rev/{rev}/rule.',
  },
  routingWrite: {
    request: 'POST routing {company_id, card_id, name}; DELETE routing/{id}',
    response: "{status:'OK', id} / {status:'OK'}",
    why: 'GET routing?company_id= is confirmed (rows carry card_id, name, id); writes are not.',
  },
  didCreate: {
    request: 'POST did {did, customer_id?}',
    response: "{status:'OK', id}",
    why: "An apidoc anchor '#api-Did-Create' exists, but its body is not public; GET did and PUT did/{id} are confirmed.",
  },
  statistics: {
    request: "GET breakout-aggrid?start=<dt>&end=<dt>&group=customer_id|provider_id|dest_code[&customer_id=][&provider_id=]",
    response: '[{key, attempts, connected, failed, network_failures, duration_ms, pdd_avg_ms, customer_charge, provider_charge}]',
    why: "The breakout-aggrid path is confirmed (ag-grid row groups over the pre-aggregated 'breakout' view) but its parameters and answer are not; CDR search holds connected calls only, so attempts and failures must come from here.",
  },
  cdrServerLimit: {
    request: 'POST cdr with limit > 5000',
    response: 'HTTP 400',
    why: "5000 is ConnexCS's own client-side cap; whether the server enforces it is unknown. The adapter refuses above 5000 before sending either way.",
  },
  errorBody: {
    request: 'any failing call',
    response: '{message} with an HTTP error status; 429 may carry Retry-After (seconds)',
    why: "Docs say only that 'the HTTPS layer handles the errors'; the body shape and Retry-After are not documented.",
  },
} as const;

export type ConnexcsAssumption = keyof typeof CONNEXCS_ASSUMPTIONS;
