import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { SignInLink } from '@/features/auth/SignInLink';
import { SignOutForm } from '@/features/auth/SignOutForm';
import { useSession } from '@/features/auth/session';
import { UnreadBadge } from '@/features/notifications/UnreadBadge';

export function Header() {
  const { t } = useTranslation();
  const session = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const { pathname } = useLocation();

  // A chosen link closes the phone menu.
  useEffect(() => setMenuOpen(false), [pathname]);

  const isSupplier = session.hasRole('supplier');
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <Link to="/" className="site-header__brand" aria-label={t('app.homeLink')}>
          <img src="/icon.svg" alt="" width="32" height="32" />
          <span>{t('app.name')}</span>
        </Link>
        <button
          type="button"
          className="site-header__menu-toggle button button--secondary"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {t('app.menu')}
        </button>
        <div id={menuId} className={menuOpen ? 'site-header__menu site-header__menu--open' : 'site-header__menu'}>
          <nav aria-label={t('app.mainNav')}>
            <ul className="nav-list">
              <li>
                <NavLink to="/appels-offres">{t('app.nav.tenders')}</NavLink>
              </li>
              <li>
                <NavLink to="/fournisseurs">{t('app.nav.suppliers')}</NavLink>
              </li>
            </ul>
          </nav>
          {isSupplier && (
            <nav aria-label={t('app.accountNav')}>
              <ul className="nav-list">
                <li>
                  <NavLink to="/mes-structures">{t('app.nav.myStructures')}</NavLink>
                </li>
                <li>
                  <NavLink to="/pour-moi">{t('app.nav.forMe')}</NavLink>
                </li>
                <li>
                  <NavLink to="/groupements">{t('app.nav.groupements')}</NavLink>
                </li>
                <li>
                  <NavLink to="/recherches">{t('app.nav.savedSearches')}</NavLink>
                </li>
                <li>
                  <NavLink to="/notifications">
                    {t('app.nav.notifications')}<UnreadBadge />
                  </NavLink>
                </li>
              </ul>
            </nav>
          )}
          <div className="site-header__account">
            {session.user ? (
              <>
                <span className="site-header__user">{t('app.signedInAs', { name: session.user.name ?? session.user.username })}</span>
                <SignOutForm />
              </>
            ) : (
              !session.isPending && <SignInLink />
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
