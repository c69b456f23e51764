import type { ReactNode } from 'react';

/** A result or summary box; `title` is a heading of the given level (2 by default) so lists stay navigable. */
export function Card({ title, level = 2, meta, children }: { title: ReactNode; level?: 2 | 3 | 4; meta?: ReactNode; children?: ReactNode }) {
  const Heading = `h${level}` as const;
  return (
    <article className="card">
      <Heading className="card__title">{title}</Heading>
      {meta && <div className="card__meta">{meta}</div>}
      {children}
    </article>
  );
}
