// The question before leaving a form with unsaved data: the renderer asks it when the user navigates
// away, the Electron shell when the window is closed or reloaded. One text for both.

export const LEAVE_TITLE = 'Weggaan zonder opslaan?';
export const LEAVE_QUESTION =
  'U heeft gegevens ingevuld die nog niet zijn opgeslagen. Weggaan zonder opslaan?';
export const LEAVE_BUTTON = 'Weggaan zonder opslaan';
export const STAY_BUTTON = 'Blijven';
