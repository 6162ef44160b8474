/** The SQL console's example queries: plain SQL over the published tables, titled in i18n (`console.example.<id>`). */
export const CONSOLE_EXAMPLES = [
  {
    id: 'national',
    sql: "SELECT year, outcome, reports, rate_per_1000\nFROM totals\nWHERE level = 'land'\nORDER BY year, outcome",
  },
  {
    id: 'highestRate',
    sql: "SELECT t.unit, u.name, t.reports, t.rate_per_1000\nFROM totals t JOIN units u USING (level, unit)\nWHERE t.level = 'kommune' AND t.year = 2024 AND t.outcome = 'alle' AND t.rate_per_1000 IS NOT NULL\nORDER BY t.rate_per_1000 DESC\nLIMIT 10",
  },
  {
    id: 'hidden',
    sql: "SELECT level, count(*) AS cells, count(*) FILTER (WHERE status = ':') AS hidden\nFROM by_service\nGROUP BY level\nORDER BY level",
  },
  {
    id: 'services',
    sql: "SELECT service_group, age_group, reports\nFROM service_age\nWHERE level = 'land' AND period = '2022-2024'\nORDER BY service_group, age_group",
  },
  { id: 'describe', sql: 'DESCRIBE totals' },
] as const;

export type ConsoleExampleId = (typeof CONSOLE_EXAMPLES)[number]['id'];
