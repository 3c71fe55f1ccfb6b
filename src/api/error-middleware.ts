/** The one error handler: every failure answers { error: { code, message } }, never a stack trace. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { ErrorResponse } from '../types';

function errorBody(code: string, message: string): ErrorResponse {
  return { error: { code, message } };
}

/** 404 for unknown routes under /api (and anything else that reaches it). */
export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('not_found', `api: no route for ${req.method} ${req.path}`));
};

/** Maps AppError to its status and code; body-parser and other HTTP errors keep their status; the rest is 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err instanceof AppError) {
      if (err.status >= 500) logger.warn({ code: err.code, path: req.path, cause: causeMessage(err) }, err.message);
      res.status(err.status).json(errorBody(err.code, err.message));
      return;
    }
    const status = (err as { status?: unknown; statusCode?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json(errorBody('bad_request', `api: ${(err as { type?: string }).type ?? 'bad request'}`));
      return;
    }
    logger.error({ err, path: req.path }, 'api: unhandled error');
    res.status(500).json(errorBody('internal_error', 'api: internal error'));
  };
}

/** The cause's message only (an engine error's own message may carry the engine URL, never the key). */
function causeMessage(err: AppError): string | undefined {
  return err.cause instanceof Error ? err.cause.message : undefined;
}
