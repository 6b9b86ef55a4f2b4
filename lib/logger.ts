import pino from 'pino';

/** Structured JSON logs; one logger, children carry request or job context. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: process.env.DIDTRON_PROCESS ?? 'web' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ['*.password', '*.token', '*.secret', '*.apiKey', 'headers.authorization', 'headers.cookie'], censor: '[redacted]' },
});
