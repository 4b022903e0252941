/**
 * Architecture boundaries (docs/ARCHITECTURE.md), checked in `npm test`:
 * modules never import each other; connectors import only the SDK and the kernel; packages never
 * import apps; the kernel imports nothing of ours; no cycles. (Relative imports out of a package are
 * checked by scripts/boundaries.test.ts.)
 */
module.exports = {
  forbidden: [
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'modules-are-independent',
      comment: 'A module never imports another module: relate by id, read through ports, write through flows.',
      severity: 'error',
      from: { path: '^packages/modules/([^/]+)/' },
      to: { path: '^packages/modules/([^/]+)/', pathNot: '^packages/modules/$1/' },
    },
    {
      name: 'modules-use-platform-only',
      comment: 'Modules may use kernel, db, http and the connector SDK (types) — not flows, connectors or apps.',
      severity: 'error',
      from: { path: '^packages/modules/' },
      to: { path: '^(apps|packages/flows|packages/jobs|packages/connectors/(?!sdk/))' },
    },
    {
      name: 'connectors-are-pure-adapters',
      comment: 'Connectors import only connectors/sdk and kernel: no database, no modules.',
      severity: 'error',
      from: { path: '^packages/connectors/' },
      to: { path: '^(apps|packages/(db|http|jobs|modules|flows|contracts))/' },
    },
    {
      name: 'connectors-do-not-know-each-other',
      severity: 'error',
      from: { path: '^packages/connectors/(?!sdk/)([^/]+)/' },
      to: { path: '^packages/connectors/(?!sdk/)([^/]+)/', pathNot: '^packages/connectors/$1/' },
    },
    {
      name: 'kernel-is-a-leaf',
      severity: 'error',
      from: { path: '^packages/kernel/' },
      to: { path: '^(apps|packages/(?!kernel/))' },
    },
    {
      name: 'packages-never-import-apps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'web-is-a-client',
      comment: 'The web app talks to the server over HTTP; it may use only the generated contract types and the kernel permission matrix.',
      severity: 'error',
      from: { path: '^apps/web/', pathNot: '^apps/web/e2e/' },
      to: { path: '^(apps/(?!web/)|packages/(?!kernel/src/permissions|contracts/))' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
