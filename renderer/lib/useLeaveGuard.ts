import { useEffect, useRef } from 'react';
import { markUnsaved } from './leaveGuard';

interface FormStateLike {
  isDirty: boolean;
  isSubmitting: boolean;
}

/**
 * Asks "Weggaan zonder opslaan?" before the user leaves this form while it holds unsaved data: a
 * menu link, a row, the back button, a role switch, logout, closing or reloading the window. Pass
 * react-hook-form's `form.formState` (dirty and not being sent: a save that navigates on success
 * leaves freely; one that fails guards again) or a flag of your own.
 */
export function useLeaveGuard(state: FormStateLike | boolean): void {
  const id = useRef<symbol>(Symbol('form'));
  const unsaved = typeof state === 'boolean' ? state : state.isDirty && !state.isSubmitting;
  useEffect(() => {
    const me = id.current;
    markUnsaved(me, unsaved);
    return () => markUnsaved(me, false);
  }, [unsaved]);
}
