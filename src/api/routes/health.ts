/** GET /health (liveness, engine status, article count) and GET /ready (can searches be answered). */
import { Router } from 'express';
import type { EngineConnection } from '../../engine/connect';
import { isHealthy } from '../../engine/http';
import { AppError } from '../../errors';
import { countArticles, type SearchContext } from '../../search/search-service';
import type { HealthResponse } from '../../types';
import { projectVersion } from '../version';

export function healthRoutes(ctx: SearchContext, engine: EngineConnection, timeoutMs: number): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    const available = await isHealthy(engine.url, timeoutMs);
    let articles = 0;
    if (available) {
      // An index not created yet counts as no articles; any other failure shows in the status.
      articles = await countArticles(ctx).catch((err: unknown) => (err instanceof AppError && err.code === 'index_not_found' ? 0 : -1));
    }
    const status = !available ? 'unavailable' : articles < 0 ? 'not answering searches' : 'available';
    articles = Math.max(0, articles);
    const body: HealthResponse = { status: available ? 'ok' : 'degraded', engine: { status, mode: engine.mode }, articles, version: projectVersion() };
    res.status(available ? 200 : 503).json(body);
  });

  router.get('/ready', async (_req, res) => {
    // Ready when a search can be answered: engine up and the index there.
    await countArticles(ctx);
    res.json({ status: 'ready' });
  });

  return router;
}
