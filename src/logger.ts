import { type DestinationStream, type Logger, pino } from 'pino';

/**
 * The one logger. Log ids, counts and durations; never note text, snippets or person ids
 * (a TRE's logs leave the boundary more easily than its data).
 */
export function createLogger(destination?: DestinationStream): Logger {
  const options = { name: 'emrx', level: process.env.EMRX_LOG_LEVEL ?? 'info' };
  return destination ? pino(options, destination) : pino(options, pino.destination(2));
}
