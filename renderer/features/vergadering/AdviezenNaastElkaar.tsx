import { Alert, Text } from '@mantine/core';
import type { AdviesKort, AgendaPunt } from './types';
import { displayValue } from './types';
import classes from './Vergadering.module.css';

type Field = 'conclusie' | 'schoolsoort' | 'categorie' | 'ingangsdatum' | 'einddatum';

const ROWS: readonly { field: Field; label: string }[] = [
  { field: 'conclusie', label: 'Conclusie' },
  { field: 'schoolsoort', label: 'Schoolsoort' },
  { field: 'categorie', label: 'Bekostigingscategorie' },
  { field: 'ingangsdatum', label: 'Ingangsdatum' },
  { field: 'einddatum', label: 'Einddatum' },
];

function heading(a: AdviesKort): string {
  return `${a.position === 1 ? 'Eerste' : 'Tweede'} deskundige: ${a.naam} (${a.discipline.toLowerCase()})`;
}

/** §6: both advices side by side; the fields the backend reports as different are marked. */
export function AdviezenNaastElkaar({
  punt,
}: {
  punt: Pick<AgendaPunt, 'adviezen' | 'verschillen' | 'referentie'>;
}) {
  const [a, b] = punt.adviezen;
  if (a === undefined || b === undefined) {
    return (
      <Text size="sm" c="dimmed">
        Bij dit punt zijn (nog) geen twee ingediende adviezen.
      </Text>
    );
  }
  const differs = new Set(punt.verschillen.map((v) => v.field));
  const withVragen = (a.vragen ?? '') !== '' || (b.vragen ?? '') !== '';
  return (
    <div>
      {differs.size > 0 && (
        <Alert color="orange" variant="light" mb="xs">
          De adviezen verschillen op:{' '}
          {punt.verschillen.map((v) => v.label.toLowerCase()).join(', ')}.
        </Alert>
      )}
      <table className={classes.compare} aria-label={`Adviezen ${punt.referentie} naast elkaar`}>
        <thead>
          <tr>
            <th scope="col">Onderdeel</th>
            <th scope="col">{heading(a)}</th>
            <th scope="col">{heading(b)}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.field} className={differs.has(r.field) ? classes.differs : undefined}>
              <th scope="row">
                {r.label}
                {differs.has(r.field) && <span className={classes.differsMark}>verschilt</span>}
              </th>
              <td>{displayValue(r.field, a[r.field])}</td>
              <td>{displayValue(r.field, b[r.field])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Onderbouwing</th>
            <td>{a.onderbouwing}</td>
            <td>{b.onderbouwing}</td>
          </tr>
          {withVragen && (
            <tr>
              <th scope="row">Vragen aan de school</th>
              <td>{a.vragen ?? '—'}</td>
              <td>{b.vragen ?? '—'}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
