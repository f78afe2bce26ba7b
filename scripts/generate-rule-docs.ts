/**
 * Writes docs/rules.md from the rule metadata (src/core/rules). Run: npm run docs:rules.
 * test/tables/rule-docs.test.ts fails when the committed file is out of date.
 */
import * as fs from "fs";
import * as path from "path";
import { renderRulesMarkdown } from "../src/core/rules/catalogue-doc";

const target = path.resolve(__dirname, "..", "docs", "rules.md");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, renderRulesMarkdown(), "utf8");
console.log(`docs/rules.md geschreven (${renderRulesMarkdown().length} tekens).`);
