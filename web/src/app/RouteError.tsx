import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Page } from '@/components/Page';
import { NotFoundPage } from './NotFoundPage';

/** A page that failed to load or render (e.g. its chunk after a deployment): say so in French. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Page title={t('app.routeError.title')}>
      <div role="alert" className="alert alert--error">
        <p>{t('app.routeError.body')}</p>
      </div>
      <p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {t('app.routeError.reload')}
        </button>
      </p>
    </Page>
  );
}
