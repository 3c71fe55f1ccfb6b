import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FacetName, SearchResponse } from '../../../src/types';
import { useApi } from '../api/use-api';
import { ActiveFilters } from '../components/active-filters';
import { ErrorMessage } from '../components/error-message';
import { ExportLinks } from '../components/export-links';
import { FacetList } from '../components/facet-list';
import { Pagination } from '../components/pagination';
import { DateRangeFilter, NumberFilter } from '../components/range-filters';
import { ResultItem } from '../components/result-item';
import { formatNumber } from '../lib/format';
import { useMediaQuery } from '../lib/use-media-query';
import { Link, useRouter } from '../state/router';
import { EMPTY_VIEW, apiSearchParams, hasFilters, toSearch, withoutAnyFilter } from '../state/view-state';
import type { SortOrder, ViewState } from '../state/view-state';
import { activeFilters } from '../components/active-filters';

/** Hits per page. */
export const PAGE_SIZE = 10;
/** Below this width the filters move into a drawer (matches styles.css). */
const NARROW = '(max-width: 52rem)';
const FACET_ORDER: FacetName[] = ['person', 'movement', 'organization', 'place', 'year', 'source'];

/** The /api/search path of a view, or null when there is nothing to search for. */
export function searchPath(view: ViewState): string | null {
  if (!view.q.trim() && !hasFilters(view)) return null;
  const params = apiSearchParams(view);
  params.set('page', String(view.page));
  params.set('limit', String(PAGE_SIZE));
  return `/api/search?${params}`;
}

/** Results with their filters beside them (in a drawer on a phone). */
export function SearchView(): JSX.Element {
  const { view } = useRouter();
  const path = searchPath(view);
  const search = useApi<SearchResponse>(path);
  const narrow = useMediaQuery(NARROW);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const drawerButton = useRef<HTMLButtonElement>(null);
  const drawerClose = useRef<HTMLButtonElement>(null);

  const wasOpen = useRef(false);
  const closeDrawer = (): void => setDrawerOpen(false);
  /** The drawer is open over the results (only on a narrow screen). */
  const modal = narrow && drawerOpen;
  // Opening moves focus into the drawer; closing returns it to the toggle. A layout effect runs
  // in the same task as the commit that drops `inert` from the results, so focus never lags the
  // drawer (a plain effect waited for the next frame, and a quick keypress could land on <body>).
  useLayoutEffect(() => {
    if (modal) drawerClose.current?.focus();
    else if (wasOpen.current) drawerButton.current?.focus();
    wasOpen.current = modal;
    if (!narrow) setDrawerOpen(false);
  }, [drawerOpen, narrow]);

  // Escape closes the open drawer wherever focus is: a facet list re-rendered by the new results
  // can take the focused checkbox with it, leaving focus on <body>, outside the drawer.
  useLayoutEffect(() => {
    if (!modal) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') closeDrawer();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [modal]);

  if (path === null) return <Welcome />;
  // Without an answer there is nothing to filter: the error gets the whole width.
  if (search.error) {
    return (
      <section class="results" aria-labelledby="results-title">
        <h2 id="results-title" class="results__title">
          Kết quả
        </h2>
        <ActiveFilters />
        <ErrorMessage error={search.error} onRetry={search.retry} retrying={search.loading} />
      </section>
    );
  }
  const data = search.data;
  const filterCount = activeFilters(view).length;

  return (
    <div class="search-layout">
      <aside
        id="filters"
        class={`filters${drawerOpen ? ' filters--open' : ''}`}
        aria-labelledby="filters-title"
        role={modal ? 'dialog' : undefined}
        aria-modal={modal ? 'true' : undefined}
      >
        <div class="filters__header">
          <h2 id="filters-title">Bộ lọc</h2>
          <button type="button" ref={drawerClose} class="button filters__close" onClick={closeDrawer}>
            Đóng
          </button>
        </div>
        {data && FACET_ORDER.map((name) => <FacetList key={name} name={name} values={data.facets?.[name] ?? []} />)}
        <DateRangeFilter />
        <NumberFilter />
        <div class="filters__footer">
          <button type="button" class="button button--primary" onClick={closeDrawer}>
            {data ? `Xem ${formatNumber(data.total)} kết quả` : 'Xem kết quả'}
          </button>
        </div>
      </aside>
      {modal && <div class="drawer-backdrop" onClick={closeDrawer} aria-hidden="true" />}

      <section class="results" aria-labelledby="results-title" aria-busy={search.loading} inert={modal || undefined}>
        <div class="results__toolbar">
          <h2 id="results-title" class="results__title" tabIndex={-1}>
            Kết quả
          </h2>
          <p class="results__stats" role="status">
            {search.loading ? 'Đang tìm…' : data ? statsText(data) : ''}
          </p>
          <button
            type="button"
            ref={drawerButton}
            class="button filters-toggle"
            aria-controls="filters"
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          >
            Bộ lọc{filterCount > 0 ? ` (${filterCount})` : ''}
          </button>
          <SortSelect />
          {data && data.total > 0 && <ExportLinks />}
        </div>
        <ActiveFilters />
        {data ? (
          <Results data={data} stale={search.loading} />
        ) : (
          <p class="notice">Đang tải kết quả…</p>
        )}
      </section>
    </div>
  );
}

function statsText(data: SearchResponse): string {
  return `Tìm thấy ${formatNumber(data.total)} bài trong ${formatNumber(data.tookMs)} ms`;
}

function Results({ data, stale }: { data: SearchResponse; stale: boolean }): JSX.Element {
  const { view } = useRouter();
  const didYouMean = data.didYouMean && data.didYouMean !== view.q && (
    <p class="did-you-mean">
      Có phải bạn muốn tìm <Link to={toSearch({ ...view, q: data.didYouMean })}>{data.didYouMean}</Link>?
    </p>
  );
  if (data.total === 0 || data.hits.length === 0) {
    return (
      <>
        {didYouMean}
        <NoResults pageBeyondEnd={data.total > 0} />
      </>
    );
  }
  return (
    <>
      {didYouMean}
      <ol class={`hits${stale ? ' hits--stale' : ''}`} start={(data.page - 1) * data.limit + 1}>
        {data.hits.map((hit) => (
          <ResultItem key={hit.id} hit={hit} />
        ))}
      </ol>
      <Pagination total={data.total} limit={data.limit || PAGE_SIZE} />
    </>
  );
}

function NoResults({ pageBeyondEnd }: { pageBeyondEnd: boolean }): JSX.Element {
  const { view } = useRouter();
  if (pageBeyondEnd) {
    return (
      <div class="notice">
        <h2 class="notice__title">Trang này không còn kết quả</h2>
        <p>
          <Link to={{ ...view, page: 1 }}>Về trang đầu</Link>
        </p>
      </div>
    );
  }
  const filters = hasFilters(view);
  return (
    <div class="notice" data-state="no-results">
      <h2 class="notice__title">{view.q ? `Không tìm thấy bài nào cho “${view.q}”` : 'Không có bài nào khớp các bộ lọc'}</h2>
      <p>Bạn có thể thử:</p>
      <ul>
        {filters && (
          <li>
            bỏ bớt bộ lọc (bấm dấu × trên bộ lọc ở trên) hoặc{' '}
            <Link to={withoutAnyFilter(view)}>tìm lại không dùng bộ lọc</Link>;
          </li>
        )}
        {view.q && <li>kiểm tra chính tả, hoặc gõ không dấu (ví dụ “le van phuoc”);</li>}
        {view.q && <li>dùng ít từ hơn hoặc từ khái quát hơn;</li>}
        <li>mở rộng khoảng thời gian.</li>
      </ul>
    </div>
  );
}

function SortSelect(): JSX.Element {
  const { view, navigate } = useRouter();
  const noQuery = !view.q.trim();
  const value: SortOrder = noQuery && view.sort === 'relevance' ? 'newest' : view.sort;
  return (
    <label class="sort">
      Sắp xếp
      <select value={value} onChange={(e) => navigate(toSearch({ ...view, sort: e.currentTarget.value as SortOrder }))}>
        <option value="relevance" disabled={noQuery}>
          Liên quan nhất
        </option>
        <option value="newest">Mới nhất</option>
        <option value="oldest">Cũ nhất</option>
      </select>
    </label>
  );
}

const EXAMPLES = ['le van phuoc', 'giỏi việc nước, đảm việc nhà', 'thi đua', 'nông thôn mới'];

function Welcome(): JSX.Element {
  return (
    <section class="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Tìm trong kho lưu trữ báo chí</h2>
      <p>
        Gõ từ khoá vào ô tìm kiếm ở trên — có dấu hay không dấu đều được. Kết quả hiện ngay khi bạn gõ; bạn có thể lọc theo nhân vật, phong
        trào, tổ chức, địa danh, năm, nguồn, khoảng thời gian và số liệu.
      </p>
      <p>Thử tìm:</p>
      <ul class="chips">
        {EXAMPLES.map((q) => (
          <li key={q}>
            <Link class="chip" to={{ ...EMPTY_VIEW, q }}>
              {q}
            </Link>
          </li>
        ))}
      </ul>
      <p class="welcome__tip">
        Mẹo: nhấn phím <kbd>/</kbd> để đến ô tìm kiếm từ bất cứ đâu.
      </p>
    </section>
  );
}
