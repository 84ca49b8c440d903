// Child process for pdf-validate.test.ts: checks a PDF the way an upload is checked, then says
// whether pdf.js left its mark on this (the backend's) realm. It must not: pdf.js's legacy build
// installs core-js polyfills, among them a JavaScript JSON.stringify that made every HTTP answer
// with a document ~70× slower.
import { validatePdf } from '../../electron/documents/pdf-validate';
import { demoOpp } from '../../electron/demo/pdfs';

const nativeStringify = JSON.stringify;
const bytes = await demoOpp({
  leerling: { naam: 'Daan Verzonnen', geboortedatum: '2016-03-12', groep: 5 },
  school: { naam: 'OBS De Proefschool' },
  datum: '2025-10-01',
  seed: 1,
});
const result = await validatePdf(bytes, 20 * 1024 * 1024);
const g = globalThis as Record<string, unknown>;
process.stdout.write(
  JSON.stringify({
    result,
    stringifyIsNative: JSON.stringify === nativeStringify,
    pdfjsInRealm: 'pdfjsWorker' in g || 'pdfjsLib' in g,
  }),
);
