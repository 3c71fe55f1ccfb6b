/** One error type with a stable code and an HTTP status; messages say where they come from. */
export class AppError extends Error {
  constructor(
    /** Stable machine-readable code, asserted by tests (e.g. "engine_unavailable"). */
    readonly code: string,
    message: string,
    /** HTTP status when the error reaches the API's error middleware. */
    readonly status = 500,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

/** Message of any thrown value, for logs and CLI output. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
