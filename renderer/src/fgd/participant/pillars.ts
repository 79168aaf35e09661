/** The smart-city dimensions a participant may file a card under: the room's area preset, or the default six. */
import { AREA_PRESETS, DEFAULT_PILLARS, type Pillar } from '../../../../shared/model/presets';

export function pillarsOfRoom(room: string): readonly Pillar[] {
  const areaId = room.split('/', 1)[0];
  return AREA_PRESETS.find((preset) => preset.id === areaId)?.pillars ?? DEFAULT_PILLARS;
}

export function pillarName(pillars: readonly Pillar[], id: string): string {
  return pillars.find((pillar) => pillar.id === id)?.name ?? id;
}
