import fs from 'node:fs';
import { renderApiDocs } from '../electron/api/docs';

fs.writeFileSync('docs/api.md', renderApiDocs());
