/** Excel workbooks; exceljs is large, so the reader is loaded only when a workbook comes. */
import { isZip } from '../decode.ts';
import type { FormatDescriptor } from './types.ts';

export const xlsxFormat: FormatDescriptor = {
  id: 'xlsx', name: 'XLSX', extensions: ['xlsx', 'xlsm'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  labelKey: 'io.reader.xlsx', produces: ['xlsx-edge-list', 'xlsx-matrix'],
  readBytes: async (file, bytes) => (await import('../xlsx.ts')).readXlsx(file, bytes),
  // A renamed workbook is still a ZIP.
  sniffBytes: isZip,
};
