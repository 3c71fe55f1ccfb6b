import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { FacetName, FacetValue } from '../../../src/types';
import { foldVietnamese } from '../lib/fold';
import { formatNumber } from '../lib/format';
import { FACET_LABELS } from '../lib/labels';
import { useRouter } from '../state/router';
import { withFilter, withoutFilter } from '../state/view-state';

/** Values shown before "show more"; above it the list also gets a search field. */
const SHORT_LIST = 8;

/** Facet values in display order: selected first, then years newest first, the rest by count. */
export function orderFacetValues(name: FacetName, values: FacetValue[], selected: string[]): FacetValue[] {
  const known = new Set(values.map((v) => v.value));
  const missing = selected.filter((v) => !known.has(v)).map((value) => ({ value, count: 0 }));
  const rest = [...values].sort((a, b) =>
    name === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'vi'),
  );
  const isSelected = (v: FacetValue): boolean => selected.includes(v.value);
  return [...missing, ...rest.filter(isSelected), ...rest.filter((v) => !isSelected(v))];
}

/** One facet as a list of checkboxes with counts; searchable (accents optional) when long. */
export function FacetList({ name, values }: { name: FacetName; values: FacetValue[] }): JSX.Element | null {
  const { view, navigate } = useRouter();
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const selected = view.filters[name];
  const ordered = orderFacetValues(name, values, selected);
  if (ordered.length === 0) return null;

  const label = FACET_LABELS[name];
  const long = ordered.length > SHORT_LIST;
  const needle = foldVietnamese(filter.trim());
  const matching = needle ? ordered.filter((v) => foldVietnamese(v.value).includes(needle)) : ordered;
  const shown = expanded || needle ? matching : matching.slice(0, SHORT_LIST);
  const headingId = `facet-${name}`;

  return (
    <section class="facet" aria-labelledby={headingId}>
      <h3 id={headingId} class="facet__title">
        {label}
      </h3>
      {long && (
        <>
          <label class="visually-hidden" for={`facet-filter-${name}`}>
            Tìm trong danh sách {label.toLowerCase()}
          </label>
          <input
            id={`facet-filter-${name}`}
            class="facet__search"
            type="search"
            placeholder={`Tìm ${label.toLowerCase()}…`}
            value={filter}
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        </>
      )}
      <ul class="facet__values">
        {shown.map((item) => {
          const checked = selected.includes(item.value);
          const id = `facet-${name}-${item.value}`;
          return (
            <li key={item.value}>
              <input
                type="checkbox"
                id={id}
                checked={checked}
                onChange={() => navigate(checked ? withoutFilter(view, name, item.value) : withFilter(view, name, item.value))}
              />
              <label for={id}>
                <span class="facet__value">{item.value}</span>
                {item.count > 0 && (
                  <span class="facet__count">
                    <span class="visually-hidden">, </span>
                    {formatNumber(item.count)}
                    <span class="visually-hidden"> bài</span>
                  </span>
                )}
              </label>
            </li>
          );
        })}
        {shown.length === 0 && <li class="facet__none">Không có giá trị phù hợp.</li>}
      </ul>
      {long && !needle && (
        <button type="button" class="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Thu gọn' : `Xem tất cả (${formatNumber(ordered.length)})`}
        </button>
      )}
    </section>
  );
}
