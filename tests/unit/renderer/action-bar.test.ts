import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../../electron/domain/workflow';
import { takenOnScreen } from '../../../renderer/features/aanvraag/ActionBar';

// "Deze stappen kunnen nog niet in dit scherm worden gezet" (OtherActions) must never show: every
// step a person takes in the workflow table has a button, a panel or a dialog (archiving included).
describe('the steps of the workflow on screen', () => {
  it('every step a person takes is taken on a screen', () => {
    const byPeople = [
      ...new Set(TRANSITIONS.filter((t) => t.roles !== 'system').map((t) => t.event)),
    ];
    expect(byPeople.filter((e) => !takenOnScreen(e))).toEqual([]);
    expect(byPeople).toContain('archiveer');
  });

  it('a step of the app itself is no button', () => {
    const bySystem = TRANSITIONS.filter((t) => t.roles === 'system').map((t) => t.event);
    expect(bySystem.length).toBeGreaterThan(0);
    expect(bySystem.filter((e) => takenOnScreen(e))).toEqual([]);
  });
});
