import { Badge, Group, List, Radio, Stack, Text } from '@mantine/core';
import type { OutputOf } from '../../../../electron/contract';
import { DISCIPLINE_LABELS } from '../../../../electron/domain/types';

type Candidate = OutputOf<'toewijzing.candidates'>['first'][number];

interface Props {
  title: string;
  name: string;
  candidates: readonly Candidate[];
  value: number | null;
  onChange: (id: number) => void;
}

function disciplines(c: Candidate): string {
  return c.disciplines.map((d) => DISCIPLINE_LABELS[d]).join(', ');
}

/** Eligible deskundigen as choices (fewest open first, as the backend orders them); blocked ones listed with their reasons. */
export function CandidateList({ title, name, candidates, value, onChange }: Props) {
  const eligible = candidates.filter((c) => c.eligible);
  const blocked = candidates.filter((c) => !c.eligible);
  return (
    <Stack gap="xs">
      <Radio.Group
        name={name}
        label={title}
        value={value === null ? null : String(value)}
        onChange={(v) => onChange(Number(v))}
      >
        <Stack gap={8} mt="xs">
          {eligible.length === 0 && (
            <Text size="sm">Er is niemand beschikbaar die hiervoor in aanmerking komt.</Text>
          )}
          {eligible.map((c) => (
            <Radio
              key={c.deskundigeId}
              value={String(c.deskundigeId)}
              label={
                <Group gap={6}>
                  <span>{c.naam}</span>
                  <Text span size="sm" c="dimmed">
                    {disciplines(c)} · {c.openAssignments} open
                  </Text>
                  {c.warnings.map((w) => (
                    <Badge key={w} color="yellow" variant="light" tt="none">
                      {w}
                    </Badge>
                  ))}
                </Group>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
      {blocked.length > 0 && (
        <div>
          <Text size="sm" c="dimmed">
            Niet beschikbaar:
          </Text>
          <List size="sm" c="dimmed" spacing={2}>
            {blocked.map((c) => (
              <List.Item key={c.deskundigeId}>
                {c.naam} ({disciplines(c)}): {c.blockedReasons.join('; ')}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
