/**
 * The release set as a linear system, the form both suppression and the audit work on.
 * Every published count is a cell (a non-negative integer); every fact an outsider knows about how cells relate
 * (a total equals the sum of its parts, a county equals the sum of its municipalities, reports by service add up to
 * at least the reports) is a relation. Values here are the true, unsuppressed counts.
 */

/** Σ coef·value(cell) (= | >=) 0 over the true values. */
export interface Relation {
  cells: number[];
  coefs: number[];
  op: '=' | '>=';
}

export interface ReleaseModel {
  /** True count of each cell. */
  values: number[];
  relations: Relation[];
  /** Human-readable name of each cell (table/level/unit/time/dims) for error messages. */
  labels: string[];
}

/** Per cell: published, hidden because its value is 1..T-1, or hidden to protect a primary cell. */
export const PUBLISHED = 0;
export const PRIMARY = 1;
export const SECONDARY = 2;
export type CellStatus = typeof PUBLISHED | typeof PRIMARY | typeof SECONDARY;

export interface AuditFailure {
  cell: number;
  label: string;
  status: CellStatus;
  lo: number;
  hi: number;
  required: number;
  /** Relations that hold the range in (non-zero duals or active bounds of the exact LPs): where more hiding helps. */
  binding?: number[];
}

export interface AuditReport {
  ok: boolean;
  cells: number;
  hidden: number;
  components: number;
  largestComponent: number;
  /** Cells settled by shared LPs (random or summed objectives) without LPs of their own. */
  settledCheaply: number;
  lps: number;
  seconds: number;
  failures: AuditFailure[];
}
