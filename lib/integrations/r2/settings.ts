import { config, type Config } from '@/lib/config';

export type R2Settings = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
};

export function r2SettingsFromConfig(c: Config = config()): R2Settings {
  return {
    endpoint: c.R2_ENDPOINT,
    bucket: c.R2_BUCKET,
    accessKeyId: c.R2_ACCESS_KEY_ID,
    secretAccessKey: c.R2_SECRET_ACCESS_KEY,
    region: c.R2_REGION,
  };
}
