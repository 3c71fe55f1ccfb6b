/** Structured logs (pino). Keys and authorization headers are redacted wherever they appear. */
import pino, { type Logger } from 'pino';

export type { Logger };

/** A logger writing JSON lines to stderr, so stdout stays free for command output. */
export function createLogger(level: string, name: string): Logger {
  return pino(
    {
      name,
      level,
      redact: {
        paths: ['apiKey', '*.apiKey', 'masterKey', '*.masterKey', 'req.headers.authorization', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}
