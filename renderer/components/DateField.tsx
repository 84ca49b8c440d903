import 'dayjs/locale/nl';
import { ActionIcon, Popover, TextInput } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { isIsoDate, isoToDutch, readDutchDateWithin } from '../lib/dutchDate';
import classes from './DateField.module.css';

export interface DateFieldProps {
  label: string;
  /** A fuller name for screen readers (and tests) when the visible label is short. */
  ariaLabel?: string | undefined;
  /**
   * JJJJ-MM-DD, or null when empty. Any other string is text the user typed that could not be read
   * as a date: the contract's isoDate refuses it, so a form never sends a guess.
   */
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur?: (() => void) | undefined;
  name?: string | undefined;
  description?: ReactNode | undefined;
  /** The form's error (the schema's or the backend's); a date that cannot be read says so first. */
  error?: ReactNode | undefined;
  withAsterisk?: boolean | undefined;
  /** The first and last day that may be chosen (JJJJ-MM-DD). */
  minDate?: string | undefined;
  maxDate?: string | undefined;
  /** Width (default 180 px). */
  w?: number | string | undefined;
  disabled?: boolean | undefined;
  autoFocus?: boolean | undefined;
  inputRef?: ((el: HTMLInputElement | null) => void) | undefined;
  /** Enter in the field (e.g. "Datum toevoegen"); the form is not submitted then. */
  onEnter?: (() => void) | undefined;
}

const shown = (value: string | null): string =>
  value === null ? '' : isIsoDate(value) ? isoToDutch(value) : value;

function CalendarIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 10h18" />
    </svg>
  );
}

/**
 * The one date input of TLA: the user types dd-mm-jjjj (also 14052016, 14/5/2016, 14.5.2016 or
 * 14 mei 2016; see lib/dutchDate.ts) or picks a day in a Dutch calendar, whatever the language of
 * the OS or the browser. What cannot be read is refused with a Dutch message, never guessed.
 */
export function DateField(props: DateFieldProps) {
  const { value, onChange, minDate, maxDate } = props;
  const [text, setText] = useState(() => shown(value));
  const [touched, setTouched] = useState(false);
  const [opened, setOpened] = useState(false);
  const emitted = useRef<string | null>(value);
  const input = useRef<HTMLInputElement | null>(null);

  // A value set from outside (a reset, "Einddatum na 1 schooljaar") replaces the text.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(shown(value));
      setTouched(false);
    }
  }, [value]);

  const emit = (next: string | null): void => {
    emitted.current = next;
    onChange(next);
  };

  const reading = readDutchDateWithin(text, minDate, maxDate);
  const ownError = reading.kind === 'refused' ? reading.message : null;
  // While typing the message waits for the blur (or the form's own error on submit).
  const error = ownError !== null && (touched || props.error) ? ownError : props.error;

  const type = (next: string): void => {
    setText(next);
    const r = readDutchDateWithin(next, minDate, maxDate);
    emit(r.kind === 'empty' ? null : r.kind === 'date' ? r.iso : next);
  };

  const pick = (iso: string | null): void => {
    setOpened(false);
    setText(shown(iso));
    setTouched(false);
    emit(iso);
    input.current?.focus();
  };

  const pickerValue = isIsoDate(value) ? value : null;
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      trapFocus
      returnFocus
      withinPortal
      withRoles={false}
      shadow="md"
    >
      <Popover.Target>
        <TextInput
          ref={(el) => {
            input.current = el;
            props.inputRef?.(el);
          }}
          {...(props.name !== undefined ? { name: props.name } : {})}
          {...(props.ariaLabel !== undefined ? { 'aria-label': props.ariaLabel } : {})}
          label={props.label}
          description={props.description}
          withAsterisk={props.withAsterisk ?? false}
          placeholder="dd-mm-jjjj"
          autoComplete="off"
          inputMode="numeric"
          w={props.w ?? 180}
          disabled={props.disabled ?? false}
          {...(props.autoFocus === true ? { 'data-autofocus': true } : {})}
          value={text}
          error={error}
          onChange={(e) => type(e.currentTarget.value)}
          onBlur={() => {
            setTouched(true);
            if (reading.kind === 'date') setText(isoToDutch(reading.iso));
            props.onBlur?.();
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && e.altKey) setOpened(true);
            if (e.key === 'Enter' && props.onEnter !== undefined) {
              e.preventDefault();
              props.onEnter();
            }
          }}
          rightSection={
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label="Kalender openen"
              aria-expanded={opened}
              disabled={props.disabled ?? false}
              onClick={() => setOpened((o) => !o)}
            >
              <CalendarIcon />
            </ActionIcon>
          }
        />
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          locale="nl"
          classNames={{ day: classes.day ?? '' }}
          firstDayOfWeek={1}
          value={pickerValue}
          {...(pickerValue !== null
            ? { defaultDate: pickerValue }
            : minDate !== undefined
              ? { defaultDate: minDate }
              : {})}
          onChange={pick}
          {...(minDate !== undefined ? { minDate } : {})}
          {...(maxDate !== undefined ? { maxDate } : {})}
          ariaLabels={{
            nextMonth: 'Volgende maand',
            previousMonth: 'Vorige maand',
            nextYear: 'Volgend jaar',
            previousYear: 'Vorig jaar',
            nextDecade: 'Volgend decennium',
            previousDecade: 'Vorig decennium',
            monthLevelControl: 'Kies een maand',
            yearLevelControl: 'Kies een jaar',
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}

type FormDateFieldProps<T extends FieldValues, O extends FieldValues> = Omit<
  DateFieldProps,
  'value' | 'onChange' | 'onBlur' | 'error' | 'inputRef'
> & {
  name: Path<T>;
  /** The form's control; without it the form is found in its FormProvider. */
  control?: Control<T, unknown, O>;
};

/** DateField as a field of a react-hook-form form (useContractForm): value and error from the form. */
export function FormDateField<T extends FieldValues, O extends FieldValues = T>({
  name,
  control,
  ...rest
}: FormDateFieldProps<T, O>) {
  const { field, fieldState } = useController<T, Path<T>, O>({
    name,
    ...(control !== undefined ? { control } : {}),
  });
  return (
    <DateField
      {...rest}
      name={name}
      value={(field.value as string | null | undefined) ?? null}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message}
    />
  );
}
