import { Button, Card, Group, Select, Text } from '@mantine/core';
import {
  DOCUMENT_KINDS,
  DOCUMENT_KIND_LABELS,
  type DocumentKind,
} from '../../electron/domain/types';
import { formatBytes } from '../lib/format';
import { DateField } from './DateField';

const KIND_OPTIONS = DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }));

interface Props {
  fileName: string;
  size: number;
  kind: DocumentKind;
  onKind: (kind: DocumentKind) => void;
  documentDate: string | null;
  onDate: (date: string | null) => void;
  kindError?: string | undefined;
  dateError?: string | undefined;
  onRemove: () => void;
}

/** One chosen PDF before upload: its kind and optional document date. */
export function DocumentUploadRow(props: Props) {
  return (
    <Card withBorder padding="sm" role="listitem" aria-label={props.fileName}>
      <Group align="flex-end" wrap="wrap" gap="md">
        <div style={{ flex: '1 1 200px', minWidth: 0 }}>
          <Text size="sm" fw={500} truncate="end">
            {props.fileName}
          </Text>
          <Text size="xs" c="dimmed">
            PDF, {formatBytes(props.size)}
          </Text>
        </div>
        <Select
          label="Soort document"
          aria-label={`Soort document van ${props.fileName}`}
          w={280}
          allowDeselect={false}
          data={KIND_OPTIONS}
          value={props.kind}
          onChange={(v) => {
            const kind = DOCUMENT_KINDS.find((k) => k === v);
            if (kind !== undefined) props.onKind(kind);
          }}
          error={props.kindError}
        />
        <DateField
          label="Documentdatum"
          ariaLabel={`Documentdatum van ${props.fileName}`}
          w={180}
          value={props.documentDate}
          onChange={props.onDate}
          error={props.dateError}
        />
        <Button
          variant="subtle"
          color="red"
          onClick={props.onRemove}
          aria-label={`${props.fileName} verwijderen`}
        >
          Verwijderen
        </Button>
      </Group>
    </Card>
  );
}
