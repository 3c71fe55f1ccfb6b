import type { ErrorResponse } from '../../../src/types';

/** An API failure with the API's stable error code ("engine_unavailable", "not_found", …). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Code used when the server cannot be reached at all. */
export const NETWORK_ERROR = 'network_error';

/** GETs a JSON resource of the API; throws ApiError (or the AbortError when cancelled). */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, NETWORK_ERROR, 'Không kết nối được với máy chủ.');
  }
  const body: unknown = await response.json().catch(() => null);
  // A request cancelled while its body was read ends here too: it must never resolve with null.
  if (signal?.aborted) throw new DOMException('The request was cancelled', 'AbortError');
  if (!response.ok) {
    const error = isErrorResponse(body) ? body.error : { code: `http_${response.status}`, message: response.statusText };
    throw new ApiError(response.status, error.code, error.message);
  }
  if (body === null) throw new ApiError(response.status, 'bad_response', 'Máy chủ trả lời không hợp lệ.');
  return body as T;
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  return typeof body === 'object' && body !== null && typeof (body as ErrorResponse).error?.code === 'string';
}
