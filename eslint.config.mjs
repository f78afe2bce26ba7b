import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// Reuse the plugin instances of office-addins' own config (ESLint refuses two instances of one plugin).
const base = officeAddins.configs.react.find((c) => c.plugins && c.plugins["@typescript-eslint"]);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: base.plugins,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        console: "readonly",
        window: "readonly",
        document: "readonly",
        process: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        globalThis: "readonly",
      },
    },
    rules: {
      ...base.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "no-redeclare": "off",
    },
  },
  {
    // HyperFormula is GPL-3.0 and test-only: it must never be bundled into the add-in.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "hyperformula", message: "HyperFormula (GPL-3.0) is alleen voor tests." }],
          patterns: [{ group: ["hyperformula/*"], message: "HyperFormula (GPL-3.0) is alleen voor tests." }],
        },
      ],
    },
  },
  {
    // The domain core stays pure: no Office, DOM, React or file I/O.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["fs", "path", "react", "react-dom", "exceljs", "hyperformula", "node:fs", "node:path"],
          patterns: ["@fluentui/*", "../functions/*", "../taskpane/*", "../cli/*", "../../functions/*", "../../taskpane/*", "../../cli/*"],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window"],
    },
  },
  {
    // The .xlsx reader runs in node, the task pane and a web page: bytes in, no node APIs.
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["fs", "path", "zlib", "os", "stream", "buffer", "string_decoder", "exceljs", "hyperformula"],
          patterns: ["node:*", "../cli/*", "../taskpane/*", "../functions/*"],
        },
      ],
      "no-restricted-globals": ["error", "process", "Buffer", "require", "Office", "Excel", "document", "window"],
    },
  },
];
