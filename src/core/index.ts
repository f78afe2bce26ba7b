/** Public surface of the domain core. No Office, DOM or file I/O below this folder. */
export * from "./errors";
export * from "./decimal";
export * from "./exact";
export * from "./amount";
export * from "./garanties";
export * from "./regulations";
export * from "./tables";
