import { useQueries } from '@tanstack/react-query';
import { suggest } from './suggestions';

/**
 * The French labels of CPV codes ("90910000" → "Services de nettoyage"), looked up through the
 * autocomplete by their digits, each code once per session (cached by TanStack Query).
 */
export function useCpvLabels(codes: readonly string[]): Record<string, string | undefined> {
  const unique = [...new Set(codes.filter(Boolean))];
  const results = useQueries({
    queries: unique.map((code) => ({
      queryKey: ['cpv-label', code],
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const options = await suggest('cpv', code, signal, 1);
        const exact = options.find((option) => option.value === code);
        return exact ? labelOnly(exact.label, code) : null;
      },
      staleTime: Infinity,
    })),
  });
  return Object.fromEntries(unique.map((code, index) => [code, results[index]?.data ?? undefined]));
}

/** "90910000 — Services de nettoyage" → "Services de nettoyage". */
function labelOnly(label: string, code: string): string {
  return label.startsWith(code) ? label.slice(code.length).replace(/^\s*[—–-]\s*/, '') : label;
}
