/** GET /api/search and GET /api/export. */
import { Router } from 'express';
import { exportArticles, searchArticles, type SearchContext } from '../../search/search-service';
import { toCsv } from '../csv';
import { exportQuerySchema, searchQuerySchema, toSearchRequest } from '../schemas';
import { sendJson } from '../send-json';
import { parseParams } from '../validate';

const EXPORT_COLUMNS = ['title', 'publishedAt', 'source', 'author', 'url', 'snippet'] as const;

export function searchRoutes(ctx: SearchContext): Router {
  const router = Router();

  router.get('/search', async (req, res) => {
    const params = parseParams(searchQuerySchema, req.query);
    sendJson(res, await searchArticles(ctx, toSearchRequest(params)));
  });

  router.get('/export', async (req, res) => {
    const params = parseParams(exportQuerySchema, req.query);
    const rows = await exportArticles(ctx, toSearchRequest(params));
    if (params.format === 'json') {
      res.setHeader('Content-Disposition', 'attachment; filename="search-export.json"');
      sendJson(res, { query: params.q, count: rows.length, results: rows });
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="search-export.csv"');
    res.send(toCsv(EXPORT_COLUMNS, rows.map((r) => EXPORT_COLUMNS.map((c) => r[c]))));
  });

  return router;
}
