import type { JSX } from 'preact';
import { formatDate } from '../lib/format';
import { FACET_LABELS } from '../lib/labels';
import { numberRangeLabel } from '../lib/number-scale';
import { useRouter } from '../state/router';
import { LIST_FILTERS, hasFilters, toSearch, withoutAnyFilter, withoutFilter } from '../state/view-state';
import type { ViewState } from '../state/view-state';

interface ActiveFilter {
  key: string;
  label: string;
  without: ViewState;
}

/** Every filter of the view, each with the view that removes it. */
export function activeFilters(view: ViewState): ActiveFilter[] {
  const list: ActiveFilter[] = [];
  for (const name of LIST_FILTERS) {
    for (const value of view.filters[name]) {
      list.push({ key: `${name}:${value}`, label: `${FACET_LABELS[name]}: ${value}`, without: withoutFilter(view, name, value) });
    }
  }
  if (view.from || view.to) {
    const range = `${view.from ? `từ ${formatDate(view.from)}` : ''} ${view.to ? `đến ${formatDate(view.to)}` : ''}`.trim();
    list.push({ key: 'dates', label: `Ngày: ${range}`, without: toSearch({ ...view, from: '', to: '' }) });
  }
  if (view.unit || view.min || view.max) {
    list.push({ key: 'number', label: `Số liệu: ${numberRangeLabel(view)}`, without: toSearch({ ...view, unit: '', min: '', max: '' }) });
  }
  return list;
}

/** The active filters as removable chips, plus "remove all". */
export function ActiveFilters(): JSX.Element | null {
  const { view, navigate } = useRouter();
  if (!hasFilters(view)) return null;
  const filters = activeFilters(view);
  // The pressed chip disappears: keep the keyboard user in the results, not at the page top.
  const remove = (next: ViewState): void => {
    navigate(next);
    document.getElementById('results-title')?.focus();
  };
  return (
    <div class="active-filters" role="region" aria-label="Bộ lọc đang dùng">
      <ul class="chips">
        {filters.map((filter) => (
          <li key={filter.key}>
            <button type="button" class="chip chip--removable" onClick={() => remove(filter.without)} aria-label={`Bỏ bộ lọc ${filter.label}`}>
              {filter.label}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      {filters.length > 1 && (
        <button type="button" class="link-button" onClick={() => remove(withoutAnyFilter(view))}>
          Xoá tất cả bộ lọc
        </button>
      )}
    </div>
  );
}
