// Writes a large, valid portfolio for the filter-latency benchmark: the seed's texts plus
// 1,000 technologies and 1,000 challenges (the validator's per-list maximum), 8 categories and
// 40 concepts, with deterministic pseudo-random names and references.
//   node bench/generate.mjs [seed.json] > large.json
import fs from 'node:fs';

const seed = JSON.parse(fs.readFileSync(process.argv[2] ?? 'public/portfolio.json', 'utf8'));

// Deterministic: the same file on every run, so figures compare across runs.
let state = 42;
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const pad = (n) => String(n).padStart(4, '0');

const adjectives = ['async', 'cached', 'typed', 'durable', 'reactive', 'sharded', 'secure', 'serverless', 'streaming', 'indexed', 'versioned', 'replicated'];
const nouns = ['queue', 'broker', 'router', 'schema', 'gateway', 'worker', 'scheduler', 'store', 'pipeline', 'proxy', 'registry', 'monitor'];
const verbs = ['Designing', 'Scaling', 'Testing', 'Securing', 'Profiling', 'Migrating', 'Deploying', 'Debugging'];
const categories = ['language', 'framework', 'database', 'api', 'devops', 'testing', 'observability', 'security']
  .map((id) => ({ id, name: id[0].toUpperCase() + id.slice(1) }));

const technologies = Array.from({ length: 1000 }, (_, i) => {
  const name = `${pick(adjectives)} ${pick(nouns)} ${pad(i)}`;
  return {
    id: `tech-${pad(i)}`,
    name: name[0].toUpperCase() + name.slice(1),
    category: pick(categories).id,
    summary: `A ${pick(adjectives)} ${pick(nouns)} for ${pick(adjectives)} ${pick(nouns)} workloads, used with ${pick(nouns)}s and ${pick(nouns)}s.`,
  };
});
const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list).id))];
const concepts = Array.from({ length: 40 }, (_, i) => ({
  id: `concept-${pad(i)}`,
  name: `${pick(adjectives)} ${pick(nouns)} design ${i}`,
  summary: `How ${pick(adjectives)} ${pick(nouns)}s behave under load.`,
  details: [`${pick(verbs)} ${pick(nouns)}s`, `${pick(verbs)} ${pick(nouns)}s`],
  technologies: some(technologies, 3),
}));
const challenges = Array.from({ length: 1000 }, (_, i) => ({
  id: `challenge-${pad(i)}`,
  title: `${pick(verbs)} the ${pick(adjectives)} ${pick(nouns)} ${pad(i)}`,
  challenge: `The ${pick(nouns)} stalled when the ${pick(adjectives)} ${pick(nouns)} grew past its limits.`,
  solution: `Moved the ${pick(nouns)} behind a ${pick(adjectives)} ${pick(nouns)} and measured again.`,
  technologies: some(technologies, 3),
  concepts: random() < 0.5 ? [] : some(concepts, 2),
}));

process.stdout.write(JSON.stringify({ ...seed, categories, technologies, concepts, challenges }, null, 1));
