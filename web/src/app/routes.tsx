import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '@/components/Loading';
import { RequireSignIn } from '@/features/auth/RequireSignIn';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/** A page loaded on first visit only, so the home and search bundles stay small. */
function page(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

/** Every URL of the app (HELPERS.md "Web module"); each screen lives in its feature folder. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    // Shown while the first page's code loads.
    HydrateFallback: Loading,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, ...page(() => import('@/features/home/HomePage')) },
          { path: 'appels-offres', ...page(() => import('@/features/tenders/TenderSearchPage')) },
          { path: 'appels-offres/:id', ...page(() => import('@/features/tenders/TenderDetailPage')) },
          { path: 'fournisseurs', ...page(() => import('@/features/catalogue/CatalogueSearchPage')) },
          { path: 'fournisseurs/:id', ...page(() => import('@/features/suppliers/SupplierProfilePage')) },
          {
            Component: RequireSignIn,
            children: [
              { path: 'appels-offres/:id/offre', ...page(() => import('@/features/bids/BidPage')) },
              { path: 'mes-structures', ...page(() => import('@/features/suppliers/MyStructuresPage')) },
              { path: 'mes-structures/nouvelle', ...page(() => import('@/features/suppliers/RegisterStructurePage')) },
              { path: 'mes-structures/:id', ...page(() => import('@/features/suppliers/EditStructurePage')) },
              { path: 'notifications', ...page(() => import('@/features/notifications/NotificationsPage')) },
              { path: 'recherches', ...page(() => import('@/features/saved-searches/SavedSearchesPage')) },
              { path: 'pour-moi', ...page(() => import('@/features/matching/ForMePage')) },
              { path: 'groupements', ...page(() => import('@/features/groupements/MyGroupementsPage')) },
              { path: 'groupements/nouveau', ...page(() => import('@/features/groupements/NewGroupementPage')) },
              { path: 'groupements/:id', ...page(() => import('@/features/groupements/GroupementWorkspacePage')) },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
