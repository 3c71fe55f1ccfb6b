import type { JSX } from 'preact';
import { Link, useRouter } from '../state/router';

/** The page numbers to offer around the current one (0 stands for a gap "…"). */
export function pageWindow(current: number, last: number): number[] {
  const pages = new Set([1, last, current - 1, current, current + 1].filter((p) => p >= 1 && p <= last));
  const sorted = [...pages].sort((a, b) => a - b);
  const withGaps: number[] = [];
  for (const page of sorted) {
    if (withGaps.length > 0 && page - withGaps[withGaps.length - 1] > 1) withGaps.push(0);
    withGaps.push(page);
  }
  return withGaps;
}

/** Previous / numbered / next page links. */
export function Pagination({ total, limit }: { total: number; limit: number }): JSX.Element | null {
  const { view } = useRouter();
  const last = Math.max(1, Math.ceil(total / limit));
  if (last <= 1) return null;
  const current = Math.min(view.page, last);
  return (
    <nav class="pagination" aria-label="Phân trang">
      <ul>
        {current > 1 && (
          <li>
            <Link to={{ ...view, page: current - 1 }} rel="prev">
              ‹ Trang trước
            </Link>
          </li>
        )}
        {pageWindow(current, last).map((page, i) =>
          page === 0 ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <Link to={{ ...view, page }} aria-current={page === current ? 'page' : undefined} aria-label={`Trang ${page}`}>
                {page}
              </Link>
            </li>
          ),
        )}
        {current < last && (
          <li>
            <Link to={{ ...view, page: current + 1 }} rel="next">
              Trang sau ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
