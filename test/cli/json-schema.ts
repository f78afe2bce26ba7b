/** The JSON Schema of `ekv check --json` (docs/ekv-check.schema.json), compiled once for the tests. */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";

const SCHEMA = path.join(__dirname, "..", "..", "docs", "ekv-check.schema.json");

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, "utf8")) as object);

/** The schema's complaints about `doc`, one line each; empty when it is valid. */
export function schemaErrors(doc: unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

/** Throws when `stdout` (the output of a --json run) is not one document valid under the schema. */
export function assertValidJson(stdout: string): void {
  const errors = schemaErrors(JSON.parse(stdout));
  if (errors.length > 0)
    throw new Error(`ekv --json voldoet niet aan het schema: ${errors.join("; ")}`);
}
