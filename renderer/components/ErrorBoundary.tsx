import { Alert, Button, Stack } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** A screen that breaks shows a calm message instead of a blank window; the rest of the app keeps working. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(prev: { resetKey: string }): void {
    if (prev.resetKey !== this.props.resetKey && this.state.failed)
      this.setState({ failed: false });
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // No logging of details here: they may contain personal data. The message below is enough for the user.
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Stack maw={560}>
        <Alert color="red" title="Dit scherm kon niet worden getoond">
          Er ging iets mis. Uw opgeslagen gegevens zijn niet verloren. Probeer het opnieuw; blijft
          het misgaan, meld het dan aan de functioneel beheerder.
        </Alert>
        <Button variant="default" onClick={() => this.setState({ failed: false })} w="fit-content">
          Opnieuw proberen
        </Button>
      </Stack>
    );
  }
}
