import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "docs/**",
      "**/*.cjs",
      "scripts/**/*.mjs",
      "eslint.config.mjs",
      "webpack.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeAddins.configs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/explicit-module-boundary-types": "off",
      "no-restricted-syntax": ["error", { selector: "ExportDefaultDeclaration", message: "Use named exports." }],
    },
  },
  {
    // The core runs in Excel's function runtime, the browser and Node: no shells may leak in.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-dom",
            "@fluentui/*",
            "office-*",
            "@microsoft/*",
            "node:*",
            "fs",
            "path",
            "exceljs",
            // any depth: core/gap/plan is one level deeper than core/pace
            "**/excel/*",
            "**/taskpane/*",
            "**/functions/*",
            "**/cli/*",
            "**/demo/*",
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "require"],
    },
  }
);
