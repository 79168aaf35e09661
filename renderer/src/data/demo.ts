/**
 * Loads the demo set (150 innovations over the 25 KSPN Borobudur regions, plans, an FGD and a signed
 * commitment) into the open documents. The generator is deterministic with fixed client ids, so
 * loading it twice, or on two devices, merges into one copy instead of duplicating entries.
 */
import * as Y from 'yjs';
import type { AreaWorkspace } from '../sync/area-workspace';

export const DEMO_AREA_ID = 'kspn-borobudur';

export async function loadDemoData(workspace: AreaWorkspace): Promise<number> {
  if (workspace.areaId !== DEMO_AREA_ID) throw new Error('the demo set exists for KSPN Borobudur only');
  // Loaded on demand: the generator and its vocabulary are not needed by anyone else.
  const { generateArea } = await import('../../../shared/model/demo/generate');
  const demo = generateArea('demo');
  Y.applyUpdate(workspace.area.doc, Y.encodeStateAsUpdate(demo.area));
  let regions = 0;
  for (const [code, doc] of demo.regions) {
    const target = workspace.region(code);
    if (!target) continue;
    Y.applyUpdate(target.doc, Y.encodeStateAsUpdate(doc));
    regions += 1;
  }
  const commitment = workspace.commitment(demo.commitmentId).doc;
  Y.applyUpdate(commitment, Y.encodeStateAsUpdate(demo.commitment));
  for (const [id, doc] of demo.fgds) Y.applyUpdate(workspace.fgd(id).doc, Y.encodeStateAsUpdate(doc));
  return regions;
}
