/**
 * The HTTP application: the JSON API under /api, /health and /ready, and the search UI's
 * static files. Talks to the engine with the search-only key alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import rateLimit from 'express-rate-limit';
import helmet from 'helmet';
import type { AppConfig } from '../config';
import type { EngineConnection } from '../engine/connect';
import type { Logger } from '../logger';
import { createEnginePost, createSearchClient } from '../search/engine-client';
import { createEngineHttpClient } from '../search/engine-http';
import type { PlanOptions } from '../search/plan';
import type { SearchContext } from '../search/search-service';
import { errorHandler, notFound } from './error-middleware';
import { requestLog } from './request-log';
import { articleRoutes } from './routes/articles';
import { entityRoutes } from './routes/entities';
import { healthRoutes } from './routes/health';
import { searchRoutes } from './routes/search';
import { projectRoot } from './version';

/** Longest request URL accepted (a 500-character query with filters fits easily). */
const MAX_URL_LENGTH = 8192;

export interface AppDeps {
  config: AppConfig;
  engine: EngineConnection;
  logger: Logger;
  /** Built UI folder; default <project>/search-ui/dist. */
  uiDir?: string;
  /** Search plan tuning (the eval compares variants); default DEFAULT_PLAN_OPTIONS. */
  plan?: PlanOptions;
}

function corsMiddleware(origins: readonly string[]): express.RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (origins.includes(origin) || origins.includes('*'))) {
      res.setHeader('Access-Control-Allow-Origin', origins.includes('*') ? '*' : origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') {
      res.sendStatus(204);
      return;
    }
    next();
  };
}

/** Builds the Express app; no listening, no engine start: the caller owns both. */
export function createApp(deps: AppDeps): express.Express {
  const { config, engine, logger } = deps;
  // One pool of keep-alive connections to the engine for both transports.
  const send = createEngineHttpClient();
  const ctx: SearchContext = {
    client: createSearchClient(engine, config.engineTimeoutMs, send),
    post: createEnginePost(engine, config.engineTimeoutMs, send),
    indexName: config.indexName,
    plan: deps.plan,
    waiting: config.splitSearches ? { searches: 0 } : undefined,
  };
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: a search page is hashed for nothing (its next request is another query).
  app.set('etag', false);
  app.set('query parser', 'simple'); // flat string | string[] values: no nested objects from the query string
  app.set('trust proxy', false);

  app.use(requestLog(logger));
  app.use(helmet());
  app.use((req, res, next) => {
    if (req.url.length > MAX_URL_LENGTH) {
      res.status(414).json({ error: { code: 'uri_too_long', message: `api: request URL over ${MAX_URL_LENGTH} characters` } });
      return;
    }
    next();
  });
  // The API only reads; any body beyond a small one is refused before it is buffered.
  app.use(express.json({ limit: '16kb' }));

  app.use(healthRoutes(ctx, engine, config.engineTimeoutMs));

  const api = express.Router();
  if (config.corsOrigins.length > 0) api.use(corsMiddleware(config.corsOrigins));
  api.use(
    rateLimit({
      windowMs: 60_000,
      limit: config.rateLimitPerMinute,
      // draft-7's combined RateLimit header: draft-8's partition key costs a SHA-256 of the client key per request.
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: (_req, res) => {
        res.status(429).json({ error: { code: 'rate_limited', message: `api: more than ${config.rateLimitPerMinute} requests a minute; try again shortly` } });
      },
    }),
  );
  api.use(searchRoutes(ctx), articleRoutes(ctx), entityRoutes(ctx));
  api.use(notFound);
  app.use('/api', api);

  const uiDir = deps.uiDir ?? path.join(projectRoot(), 'search-ui', 'dist');
  const indexHtml = path.join(uiDir, 'index.html');
  app.use(express.static(uiDir, { index: 'index.html', maxAge: '1h' }));
  app.get(/^(?!\/api(\/|$)).*/, (_req, res, next) => {
    if (!fs.existsSync(indexHtml)) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });

  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
