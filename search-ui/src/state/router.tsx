import { createContext } from 'preact';
import type { ComponentChildren, JSX } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { parseViewState, serializeViewState } from './view-state';
import type { ViewState } from './view-state';

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (e.g. while typing). */
  replace?: boolean;
}

interface Router {
  view: ViewState;
  navigate(next: ViewState, options?: NavigateOptions): void;
}

const RouterContext = createContext<Router | null>(null);

/** Keeps the view in the URL: every change is a history entry, back/forward and reload restore it. */
export function RouterProvider({ children }: { children: ComponentChildren }): JSX.Element {
  const [view, setView] = useState<ViewState>(() => parseViewState(location.search));

  useEffect(() => {
    const onPopState = (): void => setView(parseViewState(location.search));
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((next: ViewState, options: NavigateOptions = {}): void => {
    const url = serializeViewState(next) || location.pathname;
    if (url === location.search) return;
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setView(parseViewState(location.search));
  }, []);

  const router = useMemo(() => ({ view, navigate }), [view, navigate]);
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/** The current view and the function that changes it. */
export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('ui: useRouter outside RouterProvider');
  return router;
}

type AnchorProps = Omit<JSX.AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>;

/** A real link to another view: opens in a new tab as usual, navigates in place on a plain click. */
export function Link({ to, replace, ...props }: AnchorProps & { to: ViewState; replace?: boolean }): JSX.Element {
  const { navigate } = useRouter();
  const href = serializeViewState(to) || location.pathname;
  const onClick = (event: JSX.TargetedMouseEvent<HTMLAnchorElement>): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, { replace });
  };
  return <a {...props} href={href} onClick={onClick} />;
}
