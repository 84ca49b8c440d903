import { Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useWatch, type Control, type UseFormRegisterReturn } from 'react-hook-form';
import {
  INVULVELDEN,
  valideerDeel,
  type Invulveld,
  type TekstDeel,
} from '../../../../electron/domain/brief-teksten';
import type { TekstForm } from './types';

interface Props {
  deel: TekstDeel;
  control: Control<TekstForm>;
  field: UseFormRegisterReturn;
  /** The textarea, for inserting an invulveld at the cursor. */
  inputRef: (el: HTMLTextAreaElement | null) => void;
  /** An error the form knows (from the backend) that the live check does not give. */
  error: string | undefined;
  onInsert: (naam: Invulveld) => void;
}

/**
 * One part of a letter text: its textarea, the invulvelden it may use as buttons that insert them at
 * the cursor, and the domain's own check of the text as it is typed (the same the backend applies).
 */
export function TekstDeelField({ deel, control, field, inputRef, error, onInsert }: Props) {
  const waarde = useWatch({ control, name: `tekst.${deel.key}` }) ?? '';
  const live = valideerDeel(deel, waarde);
  const melding = live.length > 0 ? live.join(' ') : error;
  const { ref, ...rest } = field;
  return (
    <Stack gap={6} data-deel-veld={deel.key}>
      <Textarea
        {...rest}
        ref={(el) => {
          ref(el);
          inputRef(el);
        }}
        label={deel.label}
        description={deel.uitleg}
        withAsterisk={deel.verplicht}
        autosize
        minRows={deel.regel ? 1 : 3}
        maxRows={14}
        error={melding}
        data-deel={deel.key}
      />
      {deel.invulvelden.length > 0 && (
        <Group gap={6} align="center" role="group" aria-label={`Invulvelden voor ${deel.label}`}>
          <Text size="xs" c="gray.7">
            Invoegen:
          </Text>
          {deel.invulvelden.map((naam) => (
            <Tooltip key={naam} label={INVULVELDEN[naam].omschrijving} withArrow openDelay={300}>
              <Button
                size="compact-xs"
                variant="light"
                color="gray"
                ff="monospace"
                fw={500}
                // Keep the cursor where it is in the textarea while the button is pressed.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onInsert(naam)}
                aria-label={`Invulveld {${naam}} invoegen: ${INVULVELDEN[naam].omschrijving}`}
              >
                {`{${naam}}`}
              </Button>
            </Tooltip>
          ))}
        </Group>
      )}
    </Stack>
  );
}
