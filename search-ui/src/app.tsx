import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { SearchBox } from './components/search-box';
import { FACET_LABELS } from './lib/labels';
import { Link, RouterProvider, useRouter } from './state/router';
import { EMPTY_VIEW } from './state/view-state';
import type { ViewState } from './state/view-state';
import { ArticleView } from './views/article-view';
import { EntityView } from './views/entity-view';
import { SearchView } from './views/search-view';

const SITE_NAME = 'Tìm kiếm tin tức';

/** The page title of a view, so history and tabs say what each entry is. */
export function pageTitle(view: ViewState): string {
  if (view.entity) return `${view.entity.name} (${FACET_LABELS[view.entity.type]}) – ${SITE_NAME}`;
  if (view.article) return `Bài viết – ${SITE_NAME}`;
  if (view.q.trim()) return `${view.q.trim()} – ${SITE_NAME}`;
  return SITE_NAME;
}

/** Whether a key press happens while the reader is writing somewhere. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function Shell(): JSX.Element {
  const { view } = useRouter();
  const input = useRef<HTMLInputElement>(null);

  // "/" anywhere (but in a text field) jumps to the search box; bound as soon as the page shows.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.title = pageTitle(view);
  }, [view]);

  // A new page (article, entity, results page) starts at the top.
  useEffect(() => scrollTo(0, 0), [view.article, view.entity?.type, view.entity?.name, view.page]);

  return (
    <>
      <a class="skip-link" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <header class="site-header">
        <Link to={EMPTY_VIEW} class="site-name">
          {SITE_NAME}
        </Link>
        <SearchBox inputRef={input} />
      </header>
      <main id="main" tabIndex={-1}>
        {view.article ? (
          <ArticleView id={view.article} />
        ) : view.entity ? (
          <EntityView type={view.entity.type} name={view.entity.name} />
        ) : (
          <SearchView />
        )}
      </main>
      <footer class="site-footer">
        <p>Kho lưu trữ tin tức tiếng Việt · Mọi dữ liệu được phục vụ từ máy chủ này, không dùng dịch vụ bên ngoài.</p>
      </footer>
    </>
  );
}

/** The whole page. */
export function App(): JSX.Element {
  return (
    <RouterProvider>
      <Shell />
    </RouterProvider>
  );
}
