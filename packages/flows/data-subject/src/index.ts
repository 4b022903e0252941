export { dataSubjectModule } from './data-subject.module.js';
export { prepareFanExport, fanExportText, EXPORT_FORMAT, EXPORT_VERSION, type FanExport, type ExportCounts, type ExportDeps } from './export-fan-data.js';
export { eraseFanData, ERASE_MODES, type EraseMode, type EraseResult } from './erase-fan-data.js';
