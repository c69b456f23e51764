import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A screen: its one `<h1>` and the browser tab's title ("Appels d'offres — ESS Market"). */
export function Page({ title, children, actions }: { title: string; children?: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.titleSuffix')}`;
  }, [title, t]);
  return (
    <>
      <div className="page-heading">
        <h1>{title}</h1>
        {actions}
      </div>
      {children}
    </>
  );
}
