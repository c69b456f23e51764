import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { signInUrl } from './session';

/** A full-page navigation to Keycloak through the gateway, coming back to the current page. */
export function SignInLink({ className = 'button button--primary' }: { className?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <a className={className} href={signInUrl(location.pathname + location.search)}>
      {t('app.signIn')}
    </a>
  );
}
