import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useRouter } from '../state/router';
import { SCALES, pickScale, scaled, unscaled } from '../lib/number-scale';
import { toSearch } from '../state/view-state';

/** Units readers filter numbers by most; any other unit can be typed. */
const COMMON_UNITS = ['đồng', 'USD', '%', 'người', 'ha', 'km', 'tấn', 'công trình', 'sáng kiến', 'dự án', 'lượt'];

/** The date range (from/to), applied when the form is submitted. */
export function DateRangeFilter(): JSX.Element {
  const { view, navigate } = useRouter();
  const [from, setFrom] = useState(view.from);
  const [to, setTo] = useState(view.to);
  useEffect(() => {
    setFrom(view.from);
    setTo(view.to);
  }, [view.from, view.to]);
  const invalid = Boolean(from && to && from > to);
  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!invalid) navigate(toSearch({ ...view, from, to }));
  };
  return (
    <form class="facet range" onSubmit={onSubmit} aria-labelledby="range-dates">
      <h3 id="range-dates" class="facet__title">
        Khoảng thời gian
      </h3>
      <div class="range__fields">
        <label>
          Từ ngày
          <input type="date" name="from" value={from} max={to || undefined} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          Đến ngày
          <input type="date" name="to" value={to} min={from || undefined} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      {invalid && (
        <p class="range__error" role="alert">
          Ngày bắt đầu phải trước ngày kết thúc.
        </p>
      )}
      <button type="submit" class="button">
        Áp dụng
      </button>
    </form>
  );
}

/** The number filter: articles mentioning a quantity of a unit within a range. */
export function NumberFilter(): JSX.Element {
  const { view, navigate } = useRouter();
  const [unit, setUnit] = useState(view.unit);
  const [factor, setFactor] = useState(() => pickScale(view.min, view.max));
  const [min, setMin] = useState(scaled(view.min, factor));
  const [max, setMax] = useState(scaled(view.max, factor));
  useEffect(() => {
    const next = pickScale(view.min, view.max);
    setUnit(view.unit);
    setFactor(next);
    setMin(scaled(view.min, next));
    setMax(scaled(view.max, next));
  }, [view.unit, view.min, view.max]);
  const invalid = Boolean(min && max && Number(min) > Number(max));
  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!invalid) navigate(toSearch({ ...view, unit: unit.trim(), min: unscaled(min, factor), max: unscaled(max, factor) }));
  };
  return (
    <form class="facet range" onSubmit={onSubmit} aria-labelledby="range-number">
      <h3 id="range-number" class="facet__title">
        Số liệu
      </h3>
      <p class="facet__help" id="range-number-help">
        Bài có con số trong khoảng, ví dụ đơn vị “đồng”, từ 100 đến 1000 tỷ.
      </p>
      <label>
        Đơn vị
        <input type="text" name="unit" list="common-units" value={unit} onInput={(e) => setUnit(e.currentTarget.value)} aria-describedby="range-number-help" />
      </label>
      <datalist id="common-units">
        {COMMON_UNITS.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
      <div class="range__fields">
        <label>
          Từ
          <input type="number" name="min" inputMode="decimal" step="any" value={min} onInput={(e) => setMin(e.currentTarget.value)} />
        </label>
        <label>
          Đến
          <input type="number" name="max" inputMode="decimal" step="any" value={max} onInput={(e) => setMax(e.currentTarget.value)} />
        </label>
        <label>
          Bậc
          <select name="scale" value={String(factor)} onChange={(e) => setFactor(Number(e.currentTarget.value))}>
            {SCALES.map((s) => (
              <option key={s.factor} value={String(s.factor)}>
                {s.label || '(không)'}
              </option>
            ))}
          </select>
        </label>
      </div>
      {invalid && (
        <p class="range__error" role="alert">
          Giá trị “Từ” phải nhỏ hơn giá trị “Đến”.
        </p>
      )}
      <button type="submit" class="button">
        Áp dụng
      </button>
    </form>
  );
}
