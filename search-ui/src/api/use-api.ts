import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, getJson } from './client';

export interface ApiState<T> {
  /** The last successful answer (kept while a newer request is loading). */
  data: T | null;
  loading: boolean;
  error: ApiError | null;
  /** Sends the same request again (after an error). */
  retry(): void;
}

/**
 * Fetches `path` whenever it changes; null fetches nothing. A newer path aborts the request
 * still in flight, so a stale answer never replaces a fresh one.
 */
export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The path the shown answer or error belongs to: until the new path's answer comes, the page is
  // loading from the very render that changed it (not from the effect after it, which would show
  // the old answer as current for a frame: a reader or a screen reader would take it for the new one).
  const [answeredPath, setAnsweredPath] = useState<string | null>(null);
  const lastPath = useRef(path);

  useEffect(() => {
    // Another resource: the old failure no longer applies (a retry keeps it until answered).
    if (lastPath.current !== path) {
      lastPath.current = path;
      setError(null);
    }
    if (path === null) {
      setLoading(false);
      setError(null);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    getJson<T>(path, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        setData(answer);
        setError(null);
        setAnsweredPath(path);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure instanceof ApiError ? failure : new ApiError(0, 'unknown', String(failure)));
        setAnsweredPath(path);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  return { data, loading: loading || (path !== null && answeredPath !== path), error, retry: () => setAttempt((n) => n + 1) };
}
