import { Button, Group, Modal, Text } from '@mantine/core';
import {
  LEAVE_BUTTON,
  LEAVE_QUESTION,
  LEAVE_TITLE,
  STAY_BUTTON,
} from '../../electron/contract/leave';
import { answerLeave, useLeaveQuestion } from '../lib/leaveGuard';

/** The question before leaving unsaved data (lib/leaveGuard.ts); mounted once, in the shell. */
export function LeaveGuardDialog() {
  const open = useLeaveQuestion();
  return (
    <Modal opened={open} onClose={() => answerLeave(false)} title={LEAVE_TITLE} centered>
      <Text size="sm">{LEAVE_QUESTION}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => answerLeave(false)} data-autofocus>
          {STAY_BUTTON}
        </Button>
        <Button color="red" onClick={() => answerLeave(true)}>
          {LEAVE_BUTTON}
        </Button>
      </Group>
    </Modal>
  );
}
