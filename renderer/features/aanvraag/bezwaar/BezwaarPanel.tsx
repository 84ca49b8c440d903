import { Alert, Loader, Text } from '@mantine/core';
import { Facts } from '../../../components/Facts';
import { Section } from '../../../components/Section';
import { formatDate } from '../../../lib/format';
import { useCall } from '../../../lib/useCall';
import { hasAction, type Aanvraag, type Action } from '../types';
import { BezwaarRegistreerForm } from './BezwaarRegistreerForm';
import { BezwaarStappen } from './BezwaarStappen';

interface Props {
  aanvraag: Aanvraag;
  actions: readonly Action[];
  canAct: boolean;
  version: number;
  onDone: () => void;
}

function door(ouders: boolean, school: boolean): string {
  if (ouders && school) return 'De ouders en de school';
  return ouders ? 'De ouders' : school ? 'De school' : '—';
}

/** §9 bezwaar: register the bezwaarschrift, then every step with its term (Awb 6:7–7:10). */
export function BezwaarPanel({ aanvraag, actions, canAct, version, onDone }: Props) {
  const id = aanvraag.id;
  const { data, error, loading } = useCall('bezwaar.get', { aanvraagId: id }, `${id}-${version}`);
  const register = canAct ? hasAction(actions, 'registreer_bezwaar') : undefined;
  if (data === null && register === undefined && !loading && error === null) return null;

  return (
    <Section title="Bezwaar">
      {error !== null && <Alert color="red">{error}</Alert>}
      {loading && data === null && <Loader size="sm" aria-label="Bezwaar laden" />}
      {data === null && !loading && register !== undefined && (
        <BezwaarRegistreerForm aanvraagId={id} label={register.label} onDone={onDone} />
      )}
      {data !== null && (
        <>
          <Alert
            color={data.tijdig ? 'green' : 'orange'}
            variant="light"
            title={data.tijdig ? 'Bezwaar op tijd ingediend' : 'Bezwaar te laat ingediend'}
          >
            {data.tijdigReden}
          </Alert>
          <Facts
            items={[
              { label: 'Ontvangen op', value: formatDate(data.ontvangenOp) },
              { label: 'Poststempel', value: formatDate(data.postmarkedOn) },
              { label: 'Ingediend door', value: door(data.doorOuders, data.doorSchool) },
              { label: 'Besluit verzonden op', value: formatDate(data.verzondenOp) },
              { label: 'Einde bezwaartermijn', value: formatDate(data.bezwaartermijnEnd) },
            ]}
          />
          <BezwaarStappen
            aanvraagId={id}
            bezwaar={data}
            mayDecide={hasAction(actions, 'beslis_op_bezwaar') !== undefined}
            canAct={canAct}
            onDone={onDone}
          />
          {data.herzienBesluit !== null && (
            <Text size="sm">
              Herzien besluit:{' '}
              {data.herzienBesluit.uitkomst === 'tlv_afgegeven'
                ? `TLV afgegeven, ${data.herzienBesluit.schoolsoort ?? ''}${data.herzienBesluit.categorie !== null ? ` (${data.herzienBesluit.categorie})` : ''}, ${formatDate(data.herzienBesluit.begindatum)} tot ${formatDate(data.herzienBesluit.einddatum)}`
                : 'TLV niet afgegeven'}
              .
            </Text>
          )}
        </>
      )}
    </Section>
  );
}
