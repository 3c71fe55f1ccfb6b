import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Suggestion, SuggestResponse } from '../../../src/types';
import { getJson } from '../api/client';
import { formatNumber } from '../lib/format';
import { suggestionTypeLabel } from '../lib/labels';
import { useRouter } from '../state/router';
import { EMPTY_VIEW, serializeViewState, toSearch, withFilter } from '../state/view-state';
import type { ViewState } from '../state/view-state';

/** Wait after the last keystroke before searching, and before asking for suggestions. */
const SEARCH_DELAY_MS = 250;
const SUGGEST_DELAY_MS = 120;
const LISTBOX_ID = 'search-suggestions';

/** The view a picked suggestion opens: an entity narrows the search to it, a title searches for it. */
export function viewForSuggestion(view: ViewState, suggestion: Suggestion): ViewState {
  if (suggestion.type === 'title') return toSearch({ ...view, q: suggestion.text });
  return withFilter({ ...EMPTY_VIEW, sort: view.sort }, suggestion.type, suggestion.text);
}

/**
 * The search box: searches as you type (debounced, stale requests cancelled by the results
 * view), and offers suggestions as an ARIA combobox driven by the arrows, Enter and Esc.
 */
export function SearchBox({ inputRef }: { inputRef: { current: HTMLInputElement | null } }): JSX.Element {
  const { view, navigate } = useRouter();
  const [text, setText] = useState(view.q);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const committed = useRef(view.q);
  const searchTimer = useRef<number | undefined>(undefined);
  // True while consecutive keystrokes edit one history entry instead of adding one each.
  const typing = useRef(false);

  // Back/forward or a link changed the query: show it (but not our own debounced commits).
  // A layout effect, so the box changes in the same frame as the rest of the view: with a
  // plain effect the page could show the new view with the old text for a moment.
  useLayoutEffect(() => {
    if (view.q !== committed.current) {
      committed.current = view.q;
      setText(view.q);
      setOpen(false);
    }
  }, [view.q]);

  // Any other navigation (a filter, a page, back) ends the typing session.
  const ownUrl = useRef('');
  useEffect(() => {
    if (serializeViewState(view) !== ownUrl.current) typing.current = false;
  }, [view]);

  useSuggestions(text, open, setSuggestions);

  const commit = (q: string): void => {
    window.clearTimeout(searchTimer.current);
    if (q === committed.current && !view.article && !view.entity) return;
    committed.current = q;
    const next = toSearch({ ...view, q });
    ownUrl.current = serializeViewState(next);
    navigate(next, { replace: typing.current });
    typing.current = true;
  };

  const onInput = (event: JSX.TargetedEvent<HTMLInputElement>): void => {
    const value = event.currentTarget.value;
    setText(value);
    setActive(-1);
    setOpen(value.trim().length >= 2);
    window.clearTimeout(searchTimer.current);
    searchTimer.current = window.setTimeout(() => commit(value), SEARCH_DELAY_MS);
  };

  const pick = (suggestion: Suggestion): void => {
    window.clearTimeout(searchTimer.current);
    setOpen(false);
    setActive(-1);
    const next = viewForSuggestion(view, suggestion);
    committed.current = next.q;
    setText(next.q);
    typing.current = false;
    navigate(next);
  };

  const visible = open && suggestions.length > 0;

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!visible) {
        setOpen(text.trim().length >= 2);
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => cycle(current, step, suggestions.length));
    } else if (event.key === 'Enter' && visible && active >= 0) {
      event.preventDefault();
      pick(suggestions[active]);
    } else if (event.key === 'Escape') {
      if (visible) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text) {
        setText('');
        commit('');
      }
    }
  };

  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setOpen(false);
    commit(text);
    typing.current = false;
  };

  return (
    <form role="search" class="search-box" onSubmit={onSubmit} aria-label="Tìm kiếm bài báo">
      <label for="search-input" class="visually-hidden">
        Từ khoá tìm kiếm
      </label>
      <div class="search-box__field">
        <input
          id="search-input"
          ref={inputRef}
          type="search"
          name="q"
          value={text}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onFocus={() => setOpen(text.trim().length >= 2)}
          placeholder="Tìm tin tức, nhân vật, phong trào… (gõ không dấu cũng được)"
          autocomplete="off"
          spellcheck={false}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={visible}
          aria-controls={LISTBOX_ID}
          aria-activedescendant={visible && active >= 0 ? `suggestion-${active}` : undefined}
          aria-describedby="search-hint"
        />
        <ul id={LISTBOX_ID} role="listbox" aria-label="Gợi ý" class="suggestions" hidden={!visible}>
          {suggestions.map((suggestion, i) => (
            <li
              key={`${suggestion.type}:${suggestion.text}`}
              id={`suggestion-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'suggestion suggestion--active' : 'suggestion'}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(suggestion);
              }}
            >
              <span class="suggestion__text">{suggestion.text}</span>
              <span class="suggestion__type">{suggestionTypeLabel(suggestion.type)}</span>
              {suggestion.count > 0 && <span class="suggestion__count">{formatNumber(suggestion.count)} bài</span>}
            </li>
          ))}
        </ul>
      </div>
      <button type="submit" class="button button--primary">
        Tìm
      </button>
      <p id="search-hint" class="visually-hidden">
        Nhấn phím gạch chéo để đến ô tìm kiếm; mũi tên lên xuống để chọn gợi ý, Enter để mở, Esc để đóng.
      </p>
    </form>
  );
}

/** Moves through the options and back to the text box (-1) at either end. */
function cycle(current: number, step: number, count: number): number {
  const next = current + step;
  if (next >= count) return -1;
  if (next < -1) return count - 1;
  return next;
}

/** Asks for suggestions a moment after typing stops; a newer text cancels the older request. */
function useSuggestions(text: string, open: boolean, setSuggestions: (s: Suggestion[]) => void): void {
  useEffect(() => {
    const q = text.trim();
    if (!open || q.length < 2) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      getJson<SuggestResponse>(`/api/suggest?${new URLSearchParams({ q })}`, controller.signal).then(
        (answer) => setSuggestions(answer.suggestions),
        () => setSuggestions([]),
      );
    }, SUGGEST_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, open]);
}
