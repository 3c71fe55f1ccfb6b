import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ArticleResponse, NumberMention } from '../../../src/types';
import { useApi } from '../api/use-api';
import { ErrorMessage } from '../components/error-message';
import { MarkedText } from '../components/marked-text';
import { formatDate, formatNumber } from '../lib/format';
import { markTerms, queryTerms } from '../lib/highlight';
import { FACET_LABELS, isProfileType } from '../lib/labels';
import { Link, useRouter } from '../state/router';
import { entityPage, entitySearch, hasFilters, toSearch } from '../state/view-state';
import type { ListFilter } from '../state/view-state';

/** One article: full text with the searched words marked, its entities, numbers and source link. */
export function ArticleView({ id }: { id: string }): JSX.Element {
  const { view } = useRouter();
  const article = useApi<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = article.data?.id === id ? article.data : null;

  // A new page for a screen reader: announce it by moving focus to its title.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded?.id]);

  const back = (
    <p class="back">
      <Link to={toSearch(view)}>‹ {view.q || hasFilters(view) ? 'Quay lại kết quả tìm kiếm' : 'Về trang tìm kiếm'}</Link>
    </p>
  );
  if (article.error) {
    return (
      <article class="article">
        {back}
        <ErrorMessage error={article.error} onRetry={article.error.status === 404 ? undefined : article.retry} retrying={article.loading} />
      </article>
    );
  }
  if (!loaded) {
    return (
      <article class="article" aria-busy="true">
        {back}
        <p class="notice">Đang tải bài viết…</p>
      </article>
    );
  }
  const terms = queryTerms(view.q);
  const date = formatDate(loaded.publishedAt);
  return (
    <article class="article" aria-labelledby="article-title">
      {back}
      <h1 id="article-title" tabIndex={-1} ref={heading}>
        <MarkedText segments={markTerms(loaded.title, terms)} />
      </h1>
      <p class="hit__meta">
        {loaded.source && <span class="hit__source">{loaded.source}</span>}
        {date && <time dateTime={loaded.publishedAt}>{date}</time>}
        {loaded.author && <span class="hit__author">{loaded.author}</span>}
      </p>
      {loaded.url && (
        <p class="article__source">
          Bài gốc:{' '}
          <a href={loaded.url} rel="noopener noreferrer nofollow">
            {loaded.url}
          </a>
        </p>
      )}
      <div class="article__layout">
        <div class="article__text">
          {loaded.lead && (
            <p class="article__lead">
              <MarkedText segments={markTerms(loaded.lead, terms)} />
            </p>
          )}
          {paragraphs(loaded.body).map((paragraph, i) => (
            <p key={i}>
              <MarkedText segments={markTerms(paragraph, terms)} />
            </p>
          ))}
        </div>
        <aside class="article__entities" aria-label="Thực thể trong bài">
          <PeopleList article={loaded} />
          <EntityList name="movement" values={loaded.movements} />
          <EntityList name="organization" values={loaded.organizations} />
          <EntityList name="place" values={loaded.places} />
          <EntityList name="document" values={loaded.documents} />
        </aside>
      </div>
      <NumbersTable numbers={loaded.numbers} />
    </article>
  );
}

/** Splits an article body into its paragraphs (blank or single line breaks). */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function PeopleList({ article }: { article: ArticleResponse }): JSX.Element | null {
  const details = article.peopleDetails?.length ? article.peopleDetails : article.people.map((name) => ({ name, roles: [], mentions: 0 }));
  if (details.length === 0) return null;
  return (
    <section aria-labelledby="entities-person">
      <h2 id="entities-person">{FACET_LABELS.person}</h2>
      <ul class="entity-links">
        {details.map((person) => (
          <li key={person.name}>
            <EntityLinks name="person" value={person.name} />
            {person.roles.length > 0 && <span class="entity-links__role">{person.roles.join('; ')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EntityList({ name, values }: { name: ListFilter & keyof typeof FACET_LABELS; values: string[] }): JSX.Element | null {
  if (!values || values.length === 0) return null;
  return (
    <section aria-labelledby={`entities-${name}`}>
      <h2 id={`entities-${name}`}>{FACET_LABELS[name]}</h2>
      <ul class="entity-links">
        {values.map((value) => (
          <li key={value}>
            <EntityLinks name={name} value={value} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A link to the search filtered by the entity, and to its own page when it has one. */
function EntityLinks({ name, value }: { name: ListFilter; value: string }): JSX.Element {
  return (
    <>
      <Link to={entitySearch(name, value)} class="entity-link" title={`Các bài có ${value}`}>
        {value}
      </Link>
      {isProfileType(name) && (
        <>
          {' '}
          <Link to={entityPage(name, value)} class="entity-profile" aria-label={`Trang tổng hợp về ${value}`}>
            (tổng hợp)
          </Link>
        </>
      )}
    </>
  );
}

function NumbersTable({ numbers }: { numbers: NumberMention[] }): JSX.Element | null {
  if (!numbers || numbers.length === 0) return null;
  return (
    <section class="article__numbers" aria-labelledby="numbers-title">
      <h2 id="numbers-title">Số liệu trong bài</h2>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="numbers-title">
        <table>
          <thead>
            <tr>
              <th scope="col">Nguyên văn</th>
              <th scope="col">Giá trị</th>
              <th scope="col">Đơn vị</th>
            </tr>
          </thead>
          <tbody>
            {numbers.map((n, i) => (
              <tr key={i}>
                <td>{n.text}</td>
                <td class="number">
                  {formatNumber(n.value)}
                  {n.to !== undefined && ` – ${formatNumber(n.to)}`}
                </td>
                <td>{n.unit || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
