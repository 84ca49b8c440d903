import {
  Checkbox,
  Group,
  Radio,
  SegmentedControl,
  Stack,
  type MantineSpacing,
  type SegmentedControlProps,
} from '@mantine/core';
import {
  Controller,
  useFormContext,
  type Control,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';

/** The Dutch label of each value of a domain list; a function, or the value itself when absent (SBO, SO). */
export type ChoiceLabels<V extends string> = Readonly<Record<V, string>> | ((value: V) => string);

function labelOf<V extends string>(labels: ChoiceLabels<V> | undefined, value: V): string {
  if (labels === undefined) return value;
  return typeof labels === 'function' ? labels(value) : labels[value];
}

/** The value of `options` that `raw` names: a control's string back as the domain's type. */
function pick<V extends string>(options: readonly V[], raw: string): V | undefined {
  return options.find((o) => o === raw);
}

interface ChoiceGroupProps<V extends string> {
  label: string;
  /** The domain's list, in its order (e.g. CONCLUSIES). */
  options: readonly V[];
  labels?: ChoiceLabels<V>;
  value: V | null;
  onChange: (value: V) => void;
  error?: string | undefined;
  withAsterisk?: boolean;
  /** 'row' (default): side by side; 'column': one under the other, `gap` apart (default 6). */
  layout?: 'row' | 'column';
  gap?: MantineSpacing | number;
  /** An id for each radio, where more forms on one page ask the same. */
  radioId?: (value: V) => string;
}

/** One choice from a domain list, as radios with their Dutch labels. */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const { options, labels, radioId } = props;
  const radios = options.map((o) => (
    <Radio
      key={o}
      value={o}
      label={labelOf(labels, o)}
      {...(radioId !== undefined ? { id: radioId(o) } : {})}
    />
  ));
  return (
    <Radio.Group
      label={props.label}
      withAsterisk={props.withAsterisk ?? false}
      value={props.value ?? ''}
      onChange={(raw) => {
        const value = pick(options, raw);
        if (value !== undefined) props.onChange(value);
      }}
      error={props.error}
    >
      {props.layout === 'column' ? (
        <Stack gap={props.gap ?? 6} mt={6}>
          {radios}
        </Stack>
      ) : (
        <Group mt={6}>{radios}</Group>
      )}
    </Radio.Group>
  );
}

type ChoiceFieldProps<T extends FieldValues, V extends string, O extends FieldValues> = Omit<
  ChoiceGroupProps<V>,
  'value' | 'onChange' | 'error'
> & {
  name: FieldPath<T>;
  /** The form's control; by default the one of the surrounding FormProvider. */
  control?: Control<T, unknown, O>;
  /** Called after the form has the new value (e.g. SBO clears the categorie). */
  onPick?: (value: V) => void;
};

/** A ChoiceGroup as a field of a react-hook-form form, with its validation message. */
export function ChoiceField<T extends FieldValues, V extends string, O extends FieldValues = T>({
  name,
  control,
  onPick,
  ...group
}: ChoiceFieldProps<T, V, O>) {
  const context = useFormContext<T, unknown, O>();
  return (
    <Controller
      control={control ?? context.control}
      name={name}
      render={({ field, fieldState }) => (
        <ChoiceGroup<V>
          {...group}
          value={
            typeof field.value === 'string' ? (pick(group.options, field.value) ?? null) : null
          }
          onChange={(value) => {
            field.onChange(value);
            onPick?.(value);
          }}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

type ChoicesFieldProps<T extends FieldValues, V extends string, O extends FieldValues> = {
  name: FieldPath<T>;
  control: Control<T, unknown, O>;
  label: string;
  options: readonly V[];
  labels: ChoiceLabels<V>;
  withAsterisk?: boolean;
};

/** Any number of choices from a domain list (roles, disciplines), as checkboxes side by side. */
export function ChoicesField<T extends FieldValues, V extends string, O extends FieldValues = T>({
  name,
  control,
  label,
  options,
  labels,
  withAsterisk = false,
}: ChoicesFieldProps<T, V, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Checkbox.Group
          label={label}
          withAsterisk={withAsterisk}
          value={Array.isArray(field.value) ? field.value : []}
          onChange={(raw) => field.onChange(raw.filter((v) => pick(options, v) !== undefined))}
          error={fieldState.error?.message}
        >
          <Group mt="xs">
            {options.map((o) => (
              <Checkbox key={o} value={o} label={labelOf(labels, o)} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    />
  );
}

type ChoiceSegmentsProps<V extends string> = Omit<
  SegmentedControlProps,
  'data' | 'value' | 'onChange'
> & {
  options: readonly V[];
  labels?: ChoiceLabels<V>;
  value: V;
  onChange: (value: V) => void;
};

/** One choice from a short list as a segmented control (a filter, a period, a checklist status). */
export function ChoiceSegments<V extends string>({
  options,
  labels,
  value,
  onChange,
  ...rest
}: ChoiceSegmentsProps<V>) {
  return (
    <SegmentedControl
      transitionDuration={0}
      {...rest}
      value={value}
      onChange={(raw) => {
        const next = pick(options, raw);
        if (next !== undefined) onChange(next);
      }}
      data={options.map((o) => ({ value: o, label: labelOf(labels, o) }))}
    />
  );
}
