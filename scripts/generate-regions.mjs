// Writes shared/regions/regions.generated.ts from idn-area-data (see regions-source.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadRegionsSource, renderRegionsModule } from './regions-source.mjs';

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync(require.resolve('idn-area-data/package.json'), 'utf8'));
const source = await loadRegionsSource();
writeFileSync('shared/regions/regions.generated.ts', renderRegionsModule(source, version));
console.log(`regions: ${source.provinces.length} provinces, ${source.regencies.length} regencies/cities`);
