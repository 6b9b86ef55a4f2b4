export {
  createR2Storage,
  deleteObject,
  ensureBucket,
  getObjectStream,
  headObject,
  putObject,
  r2,
  signedDownloadUrl,
  uploadStream,
  UPLOAD_PART_SIZE,
  UPLOAD_QUEUE_SIZE,
  type ObjectInfo,
  type ObjectStream,
  type PutOptions,
  type PutResult,
  type R2Storage,
} from './storage';
export { r2SettingsFromConfig, type R2Settings } from './settings';
