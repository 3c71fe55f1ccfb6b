/** Parsing request input with a schema; failures become 400 invalid_parameter naming the parameter. */
import type { z } from 'zod';
import { AppError } from '../errors';

/** Parses `input` or throws AppError("invalid_parameter", 400) whose message names the parameter. */
export function parseParams<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue.path.length > 0 ? String(issue.path[0]) : 'request';
  throw new AppError('invalid_parameter', `api: ${name}: ${issue.message}`, 400);
}
