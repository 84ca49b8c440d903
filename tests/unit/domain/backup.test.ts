import { describe, expect, it } from 'vitest';
import {
  HERSTELSLEUTEL_ALFABET,
  MIN_GENERATIES,
  backupWaarschuwing,
  backupWaarschuwingTekst,
  dagelijkseBackupNodig,
  geldigAantalGeneraties,
  leesHerstelsleutel,
  maakHerstelsleutel,
  teVerwijderenGeneraties,
  type GeneratieFeit,
} from '../../../electron/domain/backup';

const NOW = '2026-12-03T12:00:00.000Z';
const hoursAgo = (h: number) => new Date(Date.parse(NOW) - h * 3600_000).toISOString();

describe('backup warning on the start page (2 days)', () => {
  it('warns when no folder and herstelsleutel are set, or no backup ever passed', () => {
    expect(backupWaarschuwing({ ingesteld: false, laatsteGoed: null }, NOW)).toEqual({
      soort: 'niet_ingesteld',
    });
    expect(backupWaarschuwing({ ingesteld: true, laatsteGoed: null }, NOW)).toEqual({
      soort: 'geen_goede',
    });
  });

  it('is quiet up to exactly 48 hours and warns after', () => {
    expect(backupWaarschuwing({ ingesteld: true, laatsteGoed: hoursAgo(47) }, NOW)).toBeNull();
    expect(backupWaarschuwing({ ingesteld: true, laatsteGoed: hoursAgo(48) }, NOW)).toBeNull();
    expect(backupWaarschuwing({ ingesteld: true, laatsteGoed: hoursAgo(48.1) }, NOW)).toEqual({
      soort: 'te_oud',
      dagen: 2,
    });
    expect(backupWaarschuwing({ ingesteld: true, laatsteGoed: hoursAgo(24 * 5 + 1) }, NOW)).toEqual(
      { soort: 'te_oud', dagen: 5 },
    );
  });

  it('tells the beheerder where to go and the others whom to tell', () => {
    const w = { soort: 'te_oud', dagen: 3 } as const;
    expect(backupWaarschuwingTekst(w, true)).toBe(
      'De laatste geslaagde back-up is 3 dagen oud. Ga naar Beheer › Back-ups.',
    );
    expect(backupWaarschuwingTekst(w, false)).toContain('Meld dit bij de functioneel beheerder');
    expect(backupWaarschuwingTekst(w, true, true)).toBe(
      'De laatste geslaagde back-up is 3 dagen oud.',
    );
  });
});

describe('the daily backup (24 hours)', () => {
  it('is due without a good backup and from 24 hours after the last good one', () => {
    expect(dagelijkseBackupNodig(null, NOW)).toBe(true);
    expect(dagelijkseBackupNodig(hoursAgo(23.9), NOW)).toBe(false);
    expect(dagelijkseBackupNodig(hoursAgo(24), NOW)).toBe(true);
  });
});

describe('generations kept (at least 14)', () => {
  const gens = (n: number, good: (i: number) => boolean = () => true): GeneratieFeit[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `g${String(i).padStart(2, '0')}`,
      at: hoursAgo(24 * i),
      goed: good(i),
    }));

  it('never accepts fewer than 14 as the setting', () => {
    expect(MIN_GENERATIES).toBe(14);
    expect(geldigAantalGeneraties(13)).toBe(false);
    expect(geldigAantalGeneraties(14)).toBe(true);
    expect(geldigAantalGeneraties(14.5)).toBe(false);
    expect(geldigAantalGeneraties(366)).toBe(true);
    expect(geldigAantalGeneraties(367)).toBe(false);
  });

  it('removes only what is older than the newest 14, even when asked to keep fewer', () => {
    expect(teVerwijderenGeneraties(gens(14), 14)).toEqual([]);
    expect(teVerwijderenGeneraties(gens(17), 14)).toEqual(['g14', 'g15', 'g16']);
    expect(teVerwijderenGeneraties(gens(17), 3)).toEqual(['g14', 'g15', 'g16']);
    expect(teVerwijderenGeneraties(gens(17), 16)).toEqual(['g16']);
  });

  it('keeps the newest good generation when all newer ones failed', () => {
    const r = teVerwijderenGeneraties(
      gens(20, (i) => i === 18 || i === 19),
      14,
    );
    expect(r).toEqual(['g14', 'g15', 'g16', 'g17', 'g19']);
  });
});

describe('the herstelsleutel', () => {
  const random = Uint8Array.from({ length: 30 }, (_, i) => (i * 37 + 11) % 256);
  const sleutel = maakHerstelsleutel(random);

  it('is 8 groups of 4 characters from an alphabet without I, L, O and U', () => {
    expect(sleutel).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(HERSTELSLEUTEL_ALFABET).toHaveLength(32);
    expect(HERSTELSLEUTEL_ALFABET).not.toMatch(/[ILOU]/);
    expect(leesHerstelsleutel(sleutel)).toEqual({ ok: true, sleutel });
  });

  it('reads it however it is typed: lower case, spaces, O for 0, I or L for 1', () => {
    const typed = sleutel.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(leesHerstelsleutel(typed)).toEqual({ ok: true, sleutel });
  });

  it('catches every single mistyped character and every swap of neighbours', () => {
    const chars = sleutel.replace(/-/g, '');
    for (let i = 0; i < chars.length; i += 1) {
      for (const c of HERSTELSLEUTEL_ALFABET) {
        if (c === chars[i]) continue;
        const wrong = chars.slice(0, i) + c + chars.slice(i + 1);
        expect(leesHerstelsleutel(wrong).ok, `${i}:${c}`).toBe(false);
      }
      if (i + 1 < chars.length && chars[i] !== chars[i + 1]) {
        const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
        expect(leesHerstelsleutel(swapped).ok, `swap ${i}`).toBe(false);
      }
    }
  });

  it('says in Dutch what is wrong', () => {
    expect(leesHerstelsleutel('')).toEqual({ ok: false, fout: 'Vul de herstelsleutel in.' });
    expect(leesHerstelsleutel('ABCD-EFGH')).toEqual({
      ok: false,
      fout: 'Een herstelsleutel heeft 32 tekens in 8 groepjes van 4; u vulde er 8 in.',
    });
    expect(leesHerstelsleutel('ABCD-EFGU')).toEqual({
      ok: false,
      fout: 'De herstelsleutel kan het teken ‘U’ niet bevatten.',
    });
    const last = sleutel.slice(-1) === '0' ? '2' : '0';
    const r = leesHerstelsleutel(sleutel.slice(0, -1) + last);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fout).toMatch(/^Deze herstelsleutel klopt niet/);
  });
});
