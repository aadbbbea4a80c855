/** XLSX/XLS workbooks to CSV text, so a spreadsheet carrying a known CSV format imports alike. */
import { read, utils } from '@e965/xlsx';

export interface Sheet {
  name: string;
  csv: string;
}

/** The non-empty sheets of a workbook as CSV text (values as displayed, dates as text). */
export function readSheets(bytes: Uint8Array): Sheet[] {
  const book = read(bytes, { type: 'array', cellDates: true, dense: true });
  return book.SheetNames.map((name) => ({
    name,
    csv: utils.sheet_to_csv(book.Sheets[name], {
      blankrows: false,
      dateNF: 'yyyy-mm-dd"T"hh:mm:ss"Z"'
    })
  })).filter((s) => s.csv.trim() !== '');
}
