// ESLint configuration for `npm run lint` (office-addin-lint check uses this file when the project has
// one): office-addin-lint's own configuration, with its TypeScript rules extended to .tsx files, plus
// the security rules of issue #16.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const scriptFiles = "**/*.{js,mjs,cjs,ts,cts,mts}";

export default [
  // The recommended set names .ts but not .tsx files: the pane's components get the same rules.
  ...officeAddins.configs.recommended.map((config) =>
    config.files?.includes(scriptFiles)
      ? { ...config, files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,cts,mts}"] }
      : config
  ),
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    // No code made from strings anywhere: eval, setTimeout/setInterval with a string, new Function,
    // javascript: URLs. The page's Content-Security-Policy refuses them at run time as well.
    files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,cts,mts}"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
    },
  },
  {
    // TypeScript already checks that every name is defined (and knows the DOM's); the .ts files
    // declare their globals in /* global */ comments, the components never had to.
    files: ["**/*.tsx"],
    rules: { "no-undef": "off" },
  },
];
