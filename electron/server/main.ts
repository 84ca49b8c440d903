import fs from 'node:fs';
import path from 'node:path';
import { startBackend } from '../api/start';
import { dutchStartMessage } from '../core/backup';
import { DataFolderInUseError } from '../core/integrity';
import { startTlaServer } from './app';
import { loadCertificate, selfSignedCertificate, selfSignedNames } from './certificate';
import { readServerConfig, ServerConfigError } from './config';
import { readMasterKey } from './master-key';

// `npm run server`: the TLA server (issue 13). One data folder (the encrypted database and
// document store, as in the app), the master key from a key file or the environment, HTTPS only.
// It prints where it listens and the SHA-256 fingerprint of its certificate: the desktops pin it.
// Exit codes: 0 stopped by a signal, 1 could not start, 2 another TLA has the data folder (as
// `npm run web`), 3 the configuration is wrong.

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  let config;
  let key;
  try {
    config = readServerConfig(process.env);
    fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    key = readMasterKey(config.masterKeyFile, config.dataDir, process.env);
  } catch (error) {
    if (error instanceof ServerConfigError) {
      err(error.dutchMessage);
      process.exit(3);
    }
    throw error;
  }

  let certificate;
  try {
    certificate = config.tls
      ? loadCertificate(config.tls.cert, config.tls.key)
      : await selfSignedCertificate(
          config.dataDir,
          selfSignedNames([
            ...config.tlsNames,
            ...(['0.0.0.0', '::'].includes(config.host) ? [] : [config.host]),
          ]),
        );
  } catch (error) {
    err(
      error instanceof ServerConfigError
        ? error.dutchMessage
        : 'Het certificaat van de server kon niet worden gemaakt of gelezen.',
    );
    process.exit(3);
  }

  let started;
  try {
    started = startBackend({
      dbPath: path.join(config.dataDir, 'tla.sqlite'),
      documentsDir: path.join(config.dataDir, 'documents'),
      documentKey: key,
      warmPdfWorkers: true,
    });
  } catch (error) {
    err(dutchStartMessage(error));
    process.exit(error instanceof DataFolderInUseError ? 2 : 1);
  }
  const { backend } = started;

  let server;
  try {
    server = await startTlaServer({
      backend,
      certificate,
      certificateNames: certificate.names,
      host: config.host,
      port: config.port,
      origins: config.origins,
      rendererDir: config.rendererDir,
      rateLimit: config.rateLimit,
      bodyLimitBytes: config.bodyLimitBytes,
      setupFromNetwork: config.setupFromNetwork,
      inRecoveryMode: () => started.mode() === 'herstel',
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    err(
      code === 'EADDRINUSE'
        ? `Poort ${config.port} op ${config.host} is al in gebruik. Kies een andere poort (TLA_SERVER_PORT).`
        : code === 'EACCES'
          ? `De server mag poort ${config.port} niet gebruiken. Kies een poort boven 1023 of geef het programma die rechten.`
          : code === 'EADDRNOTAVAIL'
            ? `Het adres ${config.host} hoort niet bij deze computer (TLA_SERVER_HOST).`
            : 'De server kon niet gaan luisteren.',
    );
    backend.close();
    process.exit(1);
  }

  out(`TLA-server luistert op ${server.url}`);
  out(
    `Certificaat: ${config.tls ? 'eigen certificaat' : certificate.created ? 'zelfondertekend, nu gemaakt' : 'zelfondertekend'} voor ${certificate.names.join(', ')}`,
  );
  out(`SHA-256-vingerafdruk: ${certificate.fingerprint}`);
  if (started.mode() === 'herstel')
    out('Let op: de gegevens konden niet worden geopend; TLA staat in de herstelmodus.');
  if (config.rendererDir) out(`De schermen worden geserveerd uit ${config.rendererDir}`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
