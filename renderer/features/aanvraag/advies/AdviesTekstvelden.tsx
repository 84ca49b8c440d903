import { Textarea } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { DiagnoseHint } from './DiagnoseHint';

interface Field {
  input: UseFormRegisterReturn;
  error: string | undefined;
}

/**
 * The written part of an advice (§5): the onderbouwing in terms of ondersteuningsbehoeften (with the
 * hint when it names a diagnosis without its source), the goals and the advice on context and return.
 */
export function AdviesTekstvelden(props: {
  onderbouwing: Field & { text: string; description?: string };
  doelen: Field;
  contextAdvies: Field;
}) {
  const { onderbouwing, doelen, contextAdvies } = props;
  return (
    <>
      <Textarea
        label="Onderbouwing: onderwijs- en ondersteuningsbehoeften"
        {...(onderbouwing.description !== undefined && { description: onderbouwing.description })}
        withAsterisk
        autosize
        minRows={6}
        {...onderbouwing.input}
        error={onderbouwing.error}
      />
      <DiagnoseHint text={onderbouwing.text} />
      <Textarea
        label="Doelen van de plaatsing"
        autosize
        minRows={3}
        {...doelen.input}
        error={doelen.error}
      />
      <Textarea
        label="Advies over de context en terugplaatsing"
        autosize
        minRows={3}
        {...contextAdvies.input}
        error={contextAdvies.error}
      />
    </>
  );
}
