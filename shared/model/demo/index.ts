/** Demo and scale data for the app's first start, tests and benchmarks. */
export {
  areaDocName,
  DATASET_INNOVATIONS,
  type DatasetSize,
  type GeneratedArea,
  generateArea,
  nationalPreset,
  regionDocName,
} from './generate.js';
