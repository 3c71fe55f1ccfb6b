/** GET /api/suggest and GET /api/entities. */
import { Router } from 'express';
import { listEntities, suggest, type SearchContext } from '../../search/search-service';
import { entitiesQuerySchema, suggestQuerySchema } from '../schemas';
import { sendJson } from '../send-json';
import { parseParams } from '../validate';

export function entityRoutes(ctx: SearchContext): Router {
  const router = Router();
  router.get('/suggest', async (req, res) => {
    const params = parseParams(suggestQuerySchema, req.query);
    sendJson(res, await suggest(ctx, params.q, params.limit));
  });
  router.get('/entities', async (req, res) => {
    const params = parseParams(entitiesQuerySchema, req.query);
    sendJson(res, await listEntities(ctx, params.type, params.q, params.limit));
  });
  return router;
}
