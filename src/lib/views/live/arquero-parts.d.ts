// Types for the Arquero modules reshape.ts imports one by one: the package has no exports map, so its src/ files can be
// imported directly, and their types are the ones Arquero ships in dist/types.
declare module 'arquero/src/table/Table.js' { export * from 'arquero/dist/types/table/Table.js'; }
declare module 'arquero/src/table/columns-from.js' { export * from 'arquero/dist/types/table/columns-from.js'; }
declare module 'arquero/src/verbs/derive.js' { export * from 'arquero/dist/types/verbs/derive.js'; }
declare module 'arquero/src/verbs/groupby.js' { export * from 'arquero/dist/types/verbs/groupby.js'; }
declare module 'arquero/src/verbs/pivot.js' { export * from 'arquero/dist/types/verbs/pivot.js'; }
declare module 'arquero/src/helpers/escape.js' { export * from 'arquero/dist/types/helpers/escape.js'; }
