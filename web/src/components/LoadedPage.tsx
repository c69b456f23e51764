import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { Page } from './Page';

/**
 * A page about one thing read from the API: a titled page with progress while it loads, the error
 * with « Réessayer » and a way back when it cannot be read, then `children` with the thing.
 */
export function LoadedPage<T>({
  query,
  title,
  back,
  children,
}: {
  query: UseQueryResult<T>;
  /** The page's title until the thing itself is there to name it. */
  title: string;
  back: { to: string; label: string };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (query.isError) {
    return (
      <Page title={title}>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        <p>
          <Link to={back.to}>{back.label}</Link>
        </p>
      </Page>
    );
  }
  return children(query.data);
}
