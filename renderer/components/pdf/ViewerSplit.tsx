import type { ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';

interface Props {
  /** Names the remembered layout (only the two sizes are stored, in localStorage). */
  id: string;
  viewer: ReactNode;
  form: ReactNode;
}

/**
 * The dossier viewer and a form side by side; the reader drags the separator (or uses the arrow
 * keys, Home and End on it) and the split is remembered on this computer.
 */
export function ViewerSplit({ id, viewer, form }: Props) {
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({
    id: `tla-split-${id}`,
    storage: localStorage,
    onlySaveAfterUserInteractions: true,
  });
  // The group sets its own height (100%), so the fixed height of the split sits on a wrapper.
  return (
    <div className="tla-split-panes">
      <Group
        orientation="horizontal"
        defaultLayout={defaultLayout}
        onLayoutChanged={onLayoutChanged}
      >
        <Panel id="dossier" className="tla-split-pane" defaultSize="60%" minSize={320}>
          {viewer}
        </Panel>
        <Separator
          className="tla-split-separator"
          aria-label="Breedte van dossier en formulier aanpassen"
        />
        <Panel id="formulier" className="tla-split-pane" defaultSize="40%" minSize={360}>
          {form}
        </Panel>
      </Group>
    </div>
  );
}
