import { readFileSync } from 'node:fs';

/** One parsed data record: values by header name, with its 1-based data row number and the file line it starts on. */
export interface CsvRecord {
  row: number;
  line: number;
  values: Record<string, string>;
}

/** A CSV problem with its location, so a reader can fix the file. */
export class CsvError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}: line ${line}: ${message}`);
    this.name = 'CsvError';
    this.file = file;
    this.line = line;
  }
}

/**
 * Reads a UTF-8 CSV file with a header row (RFC 4180: `"` quotes, `""` escapes, CRLF or LF, newlines inside quotes).
 * Every record must have exactly as many fields as the header.
 */
export function readCsv(path: string): { header: string[]; records: CsvRecord[] } {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CsvError(path, 1, 'not valid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = splitRecords(text, path);
  if (rows.length === 0) throw new CsvError(path, 1, 'empty file: a header row is required');
  const [first, ...rest] = rows;
  const header = first!.fields;
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '' || seen.has(name)) throw new CsvError(path, 1, `header has an empty or repeated column name "${name}"`);
    seen.add(name);
  }
  const records = rest.map((r, i) => {
    if (r.fields.length !== header.length) {
      throw new CsvError(path, r.line, `row ${i + 1} has ${r.fields.length} fields, the header has ${header.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((name, j) => (values[name] = r.fields[j]!));
    return { row: i + 1, line: r.line, values };
  });
  return { header, records };
}

/** Splits text into records of fields; a trailing newline does not make an empty record. */
function splitRecords(text: string, path: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let wasQuoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError(path, line, 'text after a closing quote');
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new CsvError(path, line, 'a quote inside an unquoted field');
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      fields.push(field);
      // A line with nothing on it is not a record (a trailing blank line, or one left between records).
      if (fields.length > 1 || fields[0] !== '' || wasQuoted) out.push({ line: start, fields });
      fields = [];
      field = '';
      wasQuoted = false;
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      start = line;
    } else {
      field += c;
    }
    i++;
  }
  if (quoted) throw new CsvError(path, start, 'unterminated quoted field');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    out.push({ line: start, fields });
  }
  return out;
}
