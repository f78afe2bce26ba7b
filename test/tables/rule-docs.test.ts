import * as fs from "fs";
import * as path from "path";
import { allRules } from "../../src/core/tables";
import { renderRulesMarkdown } from "../../src/core/rules/catalogue-doc";

describe("docs/rules.md", () => {
  const file = fs.readFileSync(path.resolve(__dirname, "../../docs/rules.md"), "utf8");

  it("is up to date with the rule metadata (run `npm run docs:rules` when this fails)", () => {
    expect(file).toBe(renderRulesMarkdown());
  });

  it("lists every rule with its severity and source", () => {
    for (const r of allRules) {
      const line = file.split("\n").find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(line).toBeDefined();
      expect(line).toContain(r.severity === "error" ? "| fout |" : "| waarschuwing |");
      expect(line).toContain(r.source.replace(/\|/g, "\\|"));
    }
  });
});
