/**
 * Every family of custom functions, with src/core and decimal.js behind them: the chunk that
 * lazy.ts loads when Excel first calls a function. One module per family, each carrying its own
 * @customfunction JSDoc (see webpack.config.js: functionFamilies).
 */
export * as controle from "./controle";
export * as garanties from "./garanties";
export * as matching from "./matching";
export * as riv from "./riv";
