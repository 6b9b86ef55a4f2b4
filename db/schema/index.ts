export * from './tenancy';
export * from './audit';
export * from './integrations';
export * from './redis';
export * from './jobs';
export * from './auth';
