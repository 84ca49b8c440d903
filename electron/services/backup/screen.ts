import path from 'node:path';
import { UserFacingError } from '../../core/errors';
import { backupWaarschuwing, backupWaarschuwingTekst, type BackupReden } from '../../domain/backup';
import type { Role } from '../../domain/types';
import { readConfig, standVan, updateConfig, type BackupConfig } from './config';
import {
  andereSleutelInMap,
  claimSleutelFile,
  layout,
  listGeneraties,
  mapSchrijfbaar,
  type Manifest,
} from './folder';
import { bdkViaMaster, maakSleutel, nieuweHerstelsleutel } from './keys';
import type { BackupBron, BackupFase, BackupResultaat } from './make';
import { opentMetMaster } from './restore';

// What the Back-ups screen, the start page's warning and the recovery screen ask of the backups.

/** What the backend hands the backup handlers: the live data, the keys and the restore. */
export interface BackupDeps {
  readonly configFile: string;
  readonly masterKey: Buffer;
  /** The live database and documents, for a backup now. */
  bron(): BackupBron;
  /** Runs one backup in a worker thread; refused while another runs (the daily one too). */
  maak(reden: BackupReden): Promise<BackupResultaat>;
  /** The backup that runs now, or null. */
  bezig(): BackupBezig | null;
  /** Restores a generation and swaps the live backend; absent where no holder runs the backend. */
  readonly terugzetten?: (request: TerugzetVerzoek) => Promise<void>;
}

/** A backup in progress, as the Back-ups screen shows it. */
export interface BackupBezig {
  /** When it started (ISO instant). */
  readonly sinds: string;
  readonly reden: BackupReden;
  readonly fase: BackupFase;
  readonly gedaan: number;
  readonly totaal: number;
}

export interface TerugzetVerzoek {
  readonly map: string | undefined;
  readonly generatie: string;
  readonly herstelsleutel: string | undefined;
  readonly user: { readonly id: number; readonly username: string } | null;
}

export interface GeneratieRij {
  id: string;
  at: string;
  reden: BackupReden;
  grootte: number;
  goed: boolean;
  melding: string | null;
  documentenGecontroleerd: number;
  aanvragen: number;
  documenten: number;
  brieven: number;
  gebruikers: number;
}

export function rij(m: Manifest): GeneratieRij {
  const n = (t: string) => m.tellingen[t] ?? 0;
  return {
    id: m.id,
    at: m.at,
    reden: m.reden,
    grootte: m.grootte,
    goed: m.verificatie.goed,
    melding: m.verificatie.melding,
    documentenGecontroleerd: m.verificatie.documentenGecontroleerd,
    aanvragen: n('aanvragen'),
    documenten: n('documenten'),
    brieven: n('brieven'),
    gebruikers: n('users'),
  };
}

function readable(configFile: string): BackupConfig {
  try {
    return readConfig(configFile);
  } catch {
    throw new UserFacingError(
      'domain',
      'Het bestand met de back-upinstellingen in de gegevensmap is beschadigd. Neem contact op met de leverancier.',
    );
  }
}

export function backupStatus(deps: BackupDeps, nowIso: string) {
  const config = readable(deps.configFile);
  let generaties: GeneratieRij[] = [];
  let mapFout: string | null = null;
  let opent = true;
  if (config.map !== null) {
    if (mapSchrijfbaar(config.map) !== 'ok')
      mapFout = 'De back-upmap is nu niet bereikbaar of niet beschrijfbaar.';
    try {
      generaties = listGeneraties(layout(config.map)).map(rij);
      opent = generaties.length === 0 || opentMetMaster(config.map, deps.masterKey);
    } catch {
      mapFout = 'De back-upmap kon niet worden gelezen.';
    }
  }
  const w = backupWaarschuwing(standVan(config), nowIso);
  return {
    map: config.map,
    bewaren: config.generaties,
    herstelsleutelSinds: config.sleutelSinds,
    ingesteld: standVan(config).ingesteld,
    waarschuwing: w === null ? null : backupWaarschuwingTekst(w, true, true),
    laatsteGoed: config.laatsteGoed,
    generaties,
    mapFout,
    opentZonderHerstelsleutel: opent,
    bezig: deps.bezig(),
    pogingen: config.pogingen.slice(0, 10).map((p) => ({
      at: p.at,
      reden: p.reden,
      ok: p.ok,
      melding: p.melding,
    })),
  };
}

export function backupWaarschuwingVoor(deps: BackupDeps, role: Role, nowIso: string) {
  let config: BackupConfig;
  try {
    config = readConfig(deps.configFile);
  } catch {
    return {
      waarschuwing:
        'De back-upinstellingen zijn beschadigd. Meld dit bij de functioneel beheerder.',
    };
  }
  const w = backupWaarschuwing(standVan(config), nowIso);
  return { waarschuwing: w === null ? null : backupWaarschuwingTekst(w, role === 'beheerder') };
}

export function zetMap(deps: BackupDeps, input: string): void {
  if (!path.isAbsolute(input))
    throw new UserFacingError(
      'invalid_input',
      'Vul het volledige pad van de map in (bijvoorbeeld \\\\server\\back-ups\\tla of /Volumes/backups/tla).',
      'map',
    );
  const map = path.resolve(input);
  const dataDir = path.resolve(path.dirname(deps.configFile));
  if (map === dataDir || map.startsWith(dataDir + path.sep))
    throw new UserFacingError(
      'invalid_input',
      'Kies een map buiten de gegevensmap van TLA, liefst op een andere schijf: een back-up naast de gegevens gaat met de gegevens verloren.',
      'map',
    );
  const state = mapSchrijfbaar(map);
  if (state !== 'ok')
    throw new UserFacingError(
      'invalid_input',
      state === 'bestaat_niet'
        ? 'Deze map bestaat niet (of is niet bereikbaar).'
        : state === 'geen_map'
          ? 'Dit is een bestand, geen map.'
          : 'TLA mag in deze map niet schrijven.',
      'map',
    );
  const current = readable(deps.configFile);
  if (current.sleutel !== null && andereSleutelInMap(layout(map), current.sleutel.id))
    throw new UserFacingError(
      'invalid_input',
      'In deze map staan back-ups met een andere herstelsleutel (van een andere installatie). Kies een eigen map, of zet eerst een back-up uit deze map terug.',
      'map',
    );
  const config = updateConfig(deps.configFile, (c) => ({ ...c, map }));
  if (config.sleutel !== null) claimSleutelFile(layout(map), config.sleutel);
}

export function zetGeneraties(deps: BackupDeps, aantal: number): void {
  updateConfig(deps.configFile, (c) => ({ ...c, generaties: aantal }));
}

/**
 * A new herstelsleutel. The first makes the backup data key; a later one wraps the same key anew,
 * so every existing generation opens with the new one and the old one opens nothing any more.
 */
export function maakHerstelsleutel(deps: BackupDeps, nowIso: string): { herstelsleutel: string } {
  const config = readable(deps.configFile);
  const bdk = config.sleutel === null ? undefined : bdkViaMaster(config.sleutel, deps.masterKey);
  if (bdk === null)
    throw new UserFacingError('domain', 'De back-upsleutel past niet bij deze installatie.');
  if (
    config.sleutel === null &&
    config.map !== null &&
    andereSleutelInMap(layout(config.map), null)
  )
    throw new UserFacingError(
      'domain',
      'In de back-upmap staan al back-ups met een andere herstelsleutel. Zet eerst een back-up uit die map terug (met die herstelsleutel), of kies een andere map.',
    );
  const herstelsleutel = nieuweHerstelsleutel();
  const { sleutel } = maakSleutel(herstelsleutel, deps.masterKey, bdk);
  const next = updateConfig(deps.configFile, (c) => ({ ...c, sleutel, sleutelSinds: nowIso }));
  if (next.map !== null && mapSchrijfbaar(next.map) === 'ok')
    claimSleutelFile(layout(next.map), sleutel);
  return { herstelsleutel };
}

export function maakNu(deps: BackupDeps): Promise<BackupResultaat> {
  const config = readable(deps.configFile);
  if (config.map === null)
    throw new UserFacingError('domain', 'Kies eerst de map waarin de back-ups komen.');
  if (config.sleutel === null) throw new UserFacingError('domain', 'Maak eerst de herstelsleutel.');
  if (deps.bezig() !== null)
    throw new UserFacingError('conflict', 'Er wordt al een back-up gemaakt.');
  return deps.maak('handmatig');
}
