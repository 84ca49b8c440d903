import { Button, Menu } from '@mantine/core';

export interface RowAction {
  label: string;
  onClick: () => void;
  /** Red, for the step that ends something (deactiveren, lidmaatschap beëindigen). */
  danger?: boolean;
}

/** The actions on one row of a beheer table, as one "Acties" menu named after the row. */
export function RowActions({ naam, actions }: { naam: string; actions: readonly RowAction[] }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="default"
          aria-label={`Acties voor ${naam}`}
          rightSection={<span aria-hidden="true">▾</span>}
        >
          Acties
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map((a) => (
          <Menu.Item key={a.label} onClick={a.onClick} {...(a.danger ? { color: 'red' } : {})}>
            {a.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
