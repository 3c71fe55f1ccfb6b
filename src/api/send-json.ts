import type { Response } from 'express';

/**
 * Sends `body` as a JSON answer written in one piece. Express's res.json turns a body of 1,000
 * characters or more into a Buffer (a second UTF-8 copy of a search page), and Node then writes
 * the headers and that Buffer as two chunks; a string body goes out with its headers in one write.
 */
export function sendJson(res: Response, body: unknown): void {
  const text = JSON.stringify(body);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
