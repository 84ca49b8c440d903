import { Stack } from '@mantine/core';
import { Section } from '../../../components/Section';
import { useCall } from '../../../lib/useCall';
import { AdviesReadOnly } from './AdviesReadOnly';
import { UnanimityView } from './UnanimityView';

/**
 * The advices this user may see, as the backend returns them (§5: the other's advice only after
 * both are submitted; the backend enforces that, this screen shows what it gets and nothing else).
 */
export function AdviesOverview({ aanvraagId, exclude }: { aanvraagId: number; exclude?: number }) {
  // Issue 13: the second advice and the unanimity appear without a restart (focus and a poll).
  const { data } = useCall('advies.list', { aanvraagId }, String(aanvraagId), { vernieuw: true });
  if (data === null) return null;
  const adviezen = data.adviezen.filter((a) => a.position !== exclude);
  if (adviezen.length === 0 && data.unanimity === null) return null;
  return (
    <Section title="Adviezen van de deskundigen">
      <Stack gap="md">
        {data.unanimity !== null && <UnanimityView unanimity={data.unanimity} />}
        <div className="tla-side-by-side">
          {adviezen.map((a) => (
            <AdviesReadOnly key={`${a.position}-${a.version}`} advies={a} />
          ))}
        </div>
      </Stack>
    </Section>
  );
}
