import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { useSession } from './session';
import { SignInLink } from './SignInLink';

/** Route guard: the pages below it need a signed-in user; others get an invitation to sign in. */
export function RequireSignIn() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.error) return <ErrorAlert error={session.error} />;
  if (!session.isSignedIn) {
    return (
      <Page title={t('auth.required.title')}>
        <p>{t('auth.required.body')}</p>
        <p>
          <SignInLink />
        </p>
      </Page>
    );
  }
  return <Outlet />;
}
