import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { FacetValue, SearchResponse } from '../../../src/types';
import { useApi } from '../api/use-api';
import { ErrorMessage } from '../components/error-message';
import { formatDate, formatNumber } from '../lib/format';
import { FACET_LABELS } from '../lib/labels';
import { timeline } from '../lib/timeline';
import type { ProfileType } from '../lib/labels';
import { Link } from '../state/router';
import { EMPTY_VIEW, entityPage, entitySearch, withFilter } from '../state/view-state';

/** Latest articles listed on an entity page. */
const LATEST = 5;
/** Related entities listed per kind. */
const RELATED = 8;

/** The /api/search path behind an entity page: its articles, newest first, with the year facet. */
export function entityPath(type: ProfileType, name: string): string {
  return `/api/search?${new URLSearchParams({ [type]: name, sort: 'newest', limit: String(LATEST), page: '1' })}`;
}

/** A person, movement or organisation: article count, a timeline by year and the latest articles. */
export function EntityView({ type, name }: { type: ProfileType; name: string }): JSX.Element {
  const path = entityPath(type, name);
  const search = useApi<SearchResponse>(path);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [type, name]);
  const all = entitySearch(type, name);
  const data = search.data;

  return (
    <article class="entity" aria-labelledby="entity-title">
      <p class="entity__type">{FACET_LABELS[type]}</p>
      <h1 id="entity-title" tabIndex={-1} ref={heading}>
        {name}
      </h1>
      {search.error ? (
        <ErrorMessage error={search.error} onRetry={search.retry} retrying={search.loading} />
      ) : !data || search.loading ? (
        <p class="notice" aria-busy="true">
          Đang tải…
        </p>
      ) : data.total === 0 ? (
        <div class="notice">
          <h2 class="notice__title">Chưa có bài nào nhắc tới {name}</h2>
          <p>
            Hãy thử <Link to={{ ...EMPTY_VIEW, q: name }}>tìm “{name}” như một từ khoá</Link>.
          </p>
        </div>
      ) : (
        <>
          <p class="entity__count">
            <strong>{formatNumber(data.total)}</strong> bài viết · <Link to={all}>Xem tất cả</Link>
          </p>
          <Timeline type={type} name={name} years={timeline(data.facets?.year ?? [])} />
          <section aria-labelledby="entity-latest">
            <h2 id="entity-latest">Bài mới nhất</h2>
            <ul class="latest">
              {data.hits.map((hit) => (
                <li key={hit.id}>
                  <Link to={{ ...all, article: hit.id }}>{hit.title || 'Không có tiêu đề'}</Link>
                  <span class="latest__meta">
                    {[hit.source, formatDate(hit.publishedAt)].filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <Related data={data} type={type} name={name} />
        </>
      )}
    </article>
  );
}

function Timeline({ type, name, years }: { type: ProfileType; name: string; years: FacetValue[] }): JSX.Element | null {
  if (years.length === 0) return null;
  const max = Math.max(...years.map((y) => y.count));
  return (
    <section aria-labelledby="entity-timeline">
      <h2 id="entity-timeline">Theo năm</h2>
      <ol class="timeline">
        {years.map((year) => (
          <li key={year.value}>
            {year.count > 0 ? (
              <Link to={withFilter(entitySearch(type, name), 'year', year.value)} class="timeline__row">
                <TimelineRow year={year} max={max} />
              </Link>
            ) : (
              <span class="timeline__row timeline__row--empty">
                <TimelineRow year={year} max={max} />
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function TimelineRow({ year, max }: { year: FacetValue; max: number }): JSX.Element {
  return (
    <>
      <span class="timeline__year">{year.value}</span>
      <span class="timeline__bar" style={{ width: `${year.count === 0 ? 0 : Math.max(2, (year.count / max) * 100)}%` }} aria-hidden="true" />
      <span class="timeline__count">
        {formatNumber(year.count)}
        <span class="visually-hidden"> bài</span>
      </span>
    </>
  );
}

/** Entities that appear in the same articles, each opening its own page. */
function Related({ data, type, name }: { data: SearchResponse; type: ProfileType; name: string }): JSX.Element | null {
  const kinds: ProfileType[] = ['person', 'movement', 'organization'];
  const groups = kinds
    .map((kind) => ({ kind, values: (data.facets?.[kind] ?? []).filter((v) => !(kind === type && v.value === name)).slice(0, RELATED) }))
    .filter((group) => group.values.length > 0);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="entity-related">
      <h2 id="entity-related">Thường xuất hiện cùng</h2>
      {groups.map((group) => (
        <div key={group.kind} class="related">
          <h3>{FACET_LABELS[group.kind]}</h3>
          <ul class="chips">
            {group.values.map((v) => (
              <li key={v.value}>
                <Link class="chip" to={entityPage(group.kind, v.value)}>
                  {v.value} <span class="chip__count">{formatNumber(v.count)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
