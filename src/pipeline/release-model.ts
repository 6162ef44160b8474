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

/**
 * Where each cell sits, for cutting a large audit component into blocks: the county and peer group of a
 * municipality's cell (for an aggregate's cell its own county or −1, its own peer group or −1), and its slice: the
 * cells that are tied to one another by equalities (one service group's yearly and pooled cells; one year's totals and
 * age groups), where other slices meet them only in inequalities. A model without areas is audited whole.
 */
export interface CellAreas { county: Int32Array; group: Int32Array; slice: Int32Array }

export interface ReleaseModel {
  /** True count of each cell. */
  values: number[];
  relations: Relation[];
  areas?: CellAreas;
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
  /** lo–hi is the exact range (the cell's LPs ran over its whole component), not only the spread proven so far. */
  exact: boolean;
}

export interface AuditReport {
  ok: boolean;
  cells: number;
  hidden: number;
  components: number;
  largestComponent: number;
  /** Cells settled by shared LPs (random objectives pushing many cells) without LPs of their own. */
  settledCheaply: number;
  lps: number;
  seconds: number;
  failures: AuditFailure[];
}
