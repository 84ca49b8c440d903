import { Alert, Button, CloseButton, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { isoDate } from '../../../electron/contract/schemas';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { DateField } from '../../components/DateField';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';
import classes from './Vergadering.module.css';

interface Props {
  /** Dates already in the year plan (they are not offered twice). */
  existing: readonly string[];
  onPlanned: () => void;
}

/** Pick several meeting dates, then plan them in one step (`vergadering.plan`). */
export function PlanDatums({ existing, onPlanned }: Props) {
  const [datum, setDatum] = useState<string | null>(null);
  const [datums, setDatums] = useState<string[]>([]);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = (): void => {
    const parsed = isoDate.safeParse(datum);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? 'Kies een datum.');
      return;
    }
    if (existing.includes(parsed.data) || datums.includes(parsed.data)) {
      setFieldError('Deze datum staat al in het jaarplan.');
      return;
    }
    setFieldError(null);
    setDone(null);
    setDatums([...datums, parsed.data].sort());
    setDatum(null);
  };

  const plan = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('vergadering.plan', { datums });
      setDatums([]);
      setDone(
        result.created === 1
          ? '1 vergadering gepland.'
          : `${result.created} vergaderingen gepland.`,
      );
      onPlanned();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title="Vergaderdata plannen">
      <Text size="sm">Kies een of meer data en plan ze daarna in één keer.</Text>
      <Group align="flex-end" gap="sm">
        <DateField
          label="Vergaderdatum"
          w={200}
          value={datum}
          onChange={(d) => {
            setDatum(d);
            setFieldError(null);
          }}
          onEnter={add}
          error={fieldError}
        />
        <Button variant="default" onClick={add} mb={fieldError === null ? 0 : 22}>
          Datum toevoegen
        </Button>
      </Group>
      {datums.length > 0 && (
        <ul className={classes.plainList} aria-label="Gekozen data">
          {datums.map((d) => (
            <Group key={d} gap={4} component="li">
              <Text size="sm">{formatDate(d)}</Text>
              <CloseButton
                size="sm"
                aria-label={`${formatDate(d)} weghalen`}
                onClick={() => setDatums(datums.filter((x) => x !== d))}
              />
            </Group>
          ))}
        </ul>
      )}
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" role="status">
          {done}
        </Text>
        <Button onClick={() => void plan()} loading={busy} disabled={datums.length === 0}>
          {datums.length > 1 ? `${datums.length} data plannen` : 'Datum plannen'}
        </Button>
      </Group>
    </Section>
  );
}
