/** GET /api/articles/:id. */
import { Router } from 'express';
import { AppError } from '../../errors';
import { getArticle, type SearchContext } from '../../search/search-service';
import { articleIdSchema } from '../schemas';
import { sendJson } from '../send-json';

export function articleRoutes(ctx: SearchContext): Router {
  const router = Router();
  router.get('/articles/:id', async (req, res) => {
    const parsed = articleIdSchema.safeParse(req.params.id);
    // An id that cannot exist is simply not found (ids are also filter values: never passed on unchecked).
    const article = parsed.success ? await getArticle(ctx, parsed.data) : null;
    if (!article) throw new AppError('not_found', `api: no article with id ${JSON.stringify(String(req.params.id).slice(0, 100))}`, 404);
    sendJson(res, article);
  });
  return router;
}
