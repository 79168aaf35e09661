export interface RegionsSource {
  provinces: [string, string][];
  regencies: [string, string, string][];
}
export function loadRegionsSource(): Promise<RegionsSource>;
export function renderRegionsModule(source: RegionsSource, version: string): string;
