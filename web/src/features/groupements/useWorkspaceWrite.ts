import { isApiError } from '@/api/problem';
import { useGroupementWrite } from './api';
import { useWorkspace } from './workspace';

/** A write of the workspace with the shown version in If-Match; a 412 reloads and says what changed. */
export function useWorkspaceWrite<Vars>(call: (vars: Vars, headers: { 'If-Match': string }, id: string) => Promise<unknown>) {
  const { groupement, onStale } = useWorkspace();
  const write = useGroupementWrite<Vars>(groupement, (vars, headers) => call(vars, headers, groupement.id));
  return {
    ...write,
    mutate: (vars: Vars, options?: { onSuccess?: () => void }) =>
      write.mutate(vars, {
        onSuccess: () => options?.onSuccess?.(),
        onError: (error) => {
          if (isApiError(error) && error.kind === 'stale') onStale(error);
        },
      }),
  };
}
