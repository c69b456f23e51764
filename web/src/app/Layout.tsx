import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { Header } from './Header';

export function Layout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new content so screen readers and keyboard
  // users start there, as they would after a full page load.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#contenu">
        {t('app.skipLink')}
      </a>
      <Header />
      <main id="contenu" ref={main} tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <footer className="site-footer" aria-label={t('app.footer.label')}>
        <div className="container">
          <p>{t('app.footer.about')}</p>
          <ul className="site-footer__links">
            <li>
              <a href="/swagger-ui.html">{t('app.footer.apiDocs')}</a>
            </li>
            <li>{t('app.footer.accessibility')}</li>
          </ul>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
