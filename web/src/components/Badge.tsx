import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'alert';

/**
 * A short status ("Réservé SIAE", "3"). `label`, when given, is what screen readers read instead
 * of the visible text (a bare number means nothing out of context).
 */
export function Badge({ tone = 'neutral', label, children }: { tone?: BadgeTone; label?: string; children: ReactNode }) {
  return (
    <span className={`badge badge--${tone}`}>
      {label ? (
        <>
          <span aria-hidden="true">{children}</span>
          <span className="visually-hidden">{label}</span>
        </>
      ) : (
        children
      )}
    </span>
  );
}
