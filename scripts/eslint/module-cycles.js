import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * ESLint rule: no import cycles between module folders (API `modules/<name>`, web
 * `features/<name>`), even when no single file cycle exists — `organizations` importing `employees`
 * while `employees` imports `organizations` is a cycle of the design. import-x/no-cycle covers
 * cycles between files; this covers the folders. Test files do not count: they may reach anywhere.
 */

const ROOTS = [
  { dir: 'apps/api/src/modules', alias: null },
  { dir: 'apps/web/src/features', alias: { prefix: '@/features/', dir: 'apps/web/src/features' } },
];
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.(ts|tsx)$|\/test\/|\/testing\//;
const IMPORT = /(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g;

const repoRoot = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const graphs = new Map();

function listFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listFiles(path));
    else if (SOURCE.test(name) && !TEST.test(path)) files.push(path);
  }
  return files;
}

/** The module folder an import from `file` lands in, or null when it leaves the root. */
function targetModule(root, file, specifier) {
  const base = join(repoRoot, root.dir);
  let target = null;
  if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
  else if (root.alias && specifier.startsWith(root.alias.prefix))
    target = join(repoRoot, root.alias.dir, specifier.slice(root.alias.prefix.length));
  if (!target) return null;
  const rel = relative(base, target);
  if (rel.startsWith('..') || rel === '') return null;
  return rel.split(sep)[0];
}

function moduleOf(root, file) {
  const rel = relative(join(repoRoot, root.dir), file);
  return rel.startsWith('..') ? null : rel.split(sep)[0];
}

function graphFor(root) {
  if (graphs.has(root.dir)) return graphs.get(root.dir);
  const edges = new Map();
  for (const file of listFiles(join(repoRoot, root.dir))) {
    const from = moduleOf(root, file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = targetModule(root, file, match[1]);
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from).add(to);
    }
  }
  graphs.set(root.dir, edges);
  return edges;
}

/** A path of modules from `start` back to `goal`, or null. */
function pathBetween(edges, start, goal) {
  const seen = new Set([start]);
  const queue = [[start]];
  while (queue.length > 0) {
    const path = queue.shift();
    for (const next of edges.get(path.at(-1)) ?? []) {
      if (next === goal) return [...path, next];
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...path, next]);
      }
    }
  }
  return null;
}

export const noModuleCycles = {
  meta: { type: 'problem', docs: { description: 'No import cycles between module folders' }, schema: [] },
  create(context) {
    const file = context.filename;
    const root = ROOTS.find((r) => moduleOf(r, file) !== null);
    if (!root || TEST.test(file)) return {};
    const from = moduleOf(root, file);
    const check = (node, specifier) => {
      const to = targetModule(root, file, specifier);
      if (!to || to === from) return;
      const back = pathBetween(graphFor(root), to, from);
      if (back)
        context.report({ node, message: `Import cycle between module folders: ${[from, ...back].join(' → ')}.` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'no-module-cycles': noModuleCycles } };
