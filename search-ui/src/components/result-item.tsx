import type { JSX } from 'preact';
import type { SearchHit } from '../../../src/types';
import { formatDate } from '../lib/format';
import { FACET_LABELS } from '../lib/labels';
import { parseMarkedSnippet } from '../lib/segments';
import { Link, useRouter } from '../state/router';
import { withFilter } from '../state/view-state';
import type { ListFilter } from '../state/view-state';
import { MarkedText } from './marked-text';

/** Most entity chips shown per kind on a result, so a long list does not bury the next hit. */
const MAX_CHIPS = 6;

/** One search hit: title link, source · date · author, marked snippet, entity chips that filter. */
export function ResultItem({ hit }: { hit: SearchHit }): JSX.Element {
  const { view } = useRouter();
  const date = formatDate(hit.publishedAt);
  const titleId = `hit-${hit.id}`;
  return (
    <li class="hit">
      <article aria-labelledby={titleId}>
        <h3 class="hit__title" id={titleId}>
          <Link to={{ ...view, article: hit.id, entity: null }}>{hit.title || 'Không có tiêu đề'}</Link>
        </h3>
        <p class="hit__meta">
          {hit.source && <span class="hit__source">{hit.source}</span>}
          {date && <time dateTime={hit.publishedAt}>{date}</time>}
          {hit.author && <span class="hit__author">{hit.author}</span>}
        </p>
        {hit.snippet && (
          <p class="hit__snippet">
            <MarkedText segments={parseMarkedSnippet(hit.snippet)} />
          </p>
        )}
        <EntityChips name="person" values={hit.people} />
        <EntityChips name="movement" values={hit.movements} />
      </article>
    </li>
  );
}

function EntityChips({ name, values }: { name: ListFilter; values: string[] }): JSX.Element | null {
  const { view } = useRouter();
  if (!values || values.length === 0) return null;
  const label = FACET_LABELS[name as keyof typeof FACET_LABELS];
  return (
    <ul class="chips" aria-label={label}>
      {values.slice(0, MAX_CHIPS).map((value) => {
        const active = view.filters[name].includes(value);
        return (
          <li key={value}>
            <Link
              class={`chip chip--${name}${active ? ' chip--active' : ''}`}
              to={withFilter(view, name, value)}
              title={`Lọc theo ${label.toLowerCase()}: ${value}`}
              aria-current={active ? 'true' : undefined}
            >
              <span class="visually-hidden">{label}: </span>
              {value}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
