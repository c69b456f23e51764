import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CSRF_COOKIE, CSRF_FIELD, readCookie } from '@/api/cookies';

/**
 * A real form post, so the gateway can end its session and Keycloak's and redirect the browser;
 * the CSRF token is read when submitting, as the cookie may have been renewed since rendering.
 */
export function SignOutForm() {
  const { t } = useTranslation();
  const csrf = useRef<HTMLInputElement>(null);
  return (
    <form
      method="post"
      action="/logout"
      className="sign-out"
      onSubmit={() => {
        if (csrf.current) csrf.current.value = readCookie(CSRF_COOKIE) ?? '';
      }}
    >
      <input ref={csrf} type="hidden" name={CSRF_FIELD} defaultValue={readCookie(CSRF_COOKIE) ?? ''} />
      <button type="submit" className="button button--secondary">
        {t('app.signOut')}
      </button>
    </form>
  );
}
