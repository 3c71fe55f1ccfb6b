/** Minimal calls to the engine's own HTTP API that the launcher needs before any client exists. */

/** True when GET /health answers {"status":"available"} within `timeoutMs`. */
export async function isHealthy(url: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return false;
    return ((await res.json()) as { status?: string }).status === 'available';
  } catch {
    return false;
  }
}

/** Calls the engine with a key; returns status and parsed JSON body (null when not JSON). */
export async function engineRequest(
  url: string,
  key: string,
  method: string,
  route: string,
  body?: unknown,
  timeoutMs = 5000,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${url}${route}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, json };
}
