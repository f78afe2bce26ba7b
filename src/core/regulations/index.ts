/** The regulation calculators: zware matching (seed 003) and investeringsverzekeringen (seed 004). */
export * from "./common";
export * from "./excel-date";
export * from "./matching";
export * from "./riv";
