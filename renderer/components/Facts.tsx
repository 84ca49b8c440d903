import type { ReactNode } from 'react';
import classes from './Facts.module.css';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label–value pairs as a description list; `wide` puts long texts one under the other. */
export function Facts({ items, wide = false }: { items: readonly Fact[]; wide?: boolean }) {
  return (
    <dl className={wide ? `${classes.facts} ${classes.wide}` : classes.facts}>
      {items.map((f) => (
        <div key={f.label} className={classes.fact}>
          <dt className={classes.label}>{f.label}</dt>
          <dd className={classes.value}>{f.value === '' || f.value === null ? '—' : f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
