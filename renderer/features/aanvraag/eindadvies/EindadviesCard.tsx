import { Section } from '../../../components/Section';
import { useCall } from '../../../lib/useCall';
import { EindadviesReadOnly } from './EindadviesReadOnly';

/** The eindadvies as far as this user may see it; nothing when there is none yet. */
export function EindadviesCard({
  aanvraagId,
  bare = false,
}: {
  aanvraagId: number;
  bare?: boolean;
}) {
  const { data } = useCall('eindadvies.get', { aanvraagId }, String(aanvraagId), {
    vernieuw: true,
  });
  const e = data?.eindadvies ?? null;
  if (e === null) return null;
  return bare ? (
    <EindadviesReadOnly eindadvies={e} />
  ) : (
    <Section title="Eindadvies">
      <EindadviesReadOnly eindadvies={e} />
    </Section>
  );
}
