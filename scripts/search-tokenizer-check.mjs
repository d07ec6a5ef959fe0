// Runs the search tokenizer of Templates/assets/search.js over test vectors written by the Swift tests
// (Tests/CreditCityEndToEndTests/Search/SearchTokenizerTests.swift) and compares every output with the
// build's. Usage: node scripts/search-tokenizer-check.mjs VECTORS.json   (exit 1 on any difference)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const script = fileURLToPath(new URL('../Templates/assets/search.js', import.meta.url));
const context = vm.createContext({});
vm.runInContext(readFileSync(script, 'utf8'), context, { filename: script });
const search = context.CreditCitySearch;
if (!search) { console.error(`${script}: defines no CreditCitySearch`); process.exit(1); }

const vectors = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
let failures = 0;
for (const v of vectors.queries) {
  const q = search.query(v.input);
  const got = { key: q.key, terms: Array.from(q.terms), unigrams: Array.from(q.unigrams) };
  const want = { key: v.key, terms: v.terms, unigrams: v.unigrams };
  if (!same(got, want)) {
    failures++;
    console.error(`query ${JSON.stringify(v.input)}:\n  swift ${JSON.stringify(want)}\n  js    ${JSON.stringify(got)}`);
  }
}
for (const [term, h] of Object.entries(vectors.hashes)) {
  if (search.hash(term) !== h) {
    failures++;
    console.error(`hash ${JSON.stringify(term)}: swift ${h}, js ${search.hash(term)}`);
  }
}
if (!same(Array.from(search.PREFIX_LENGTHS), vectors.prefixLengths)) {
  failures++;
  console.error(`prefix lengths: swift ${vectors.prefixLengths}, js ${search.PREFIX_LENGTHS}`);
}
for (const d of vectors.decode || []) {
  if (!same(Array.from(search.decodeIds(d.text)), d.ids)) {
    failures++;
    console.error(`decode ${d.text}: swift ${d.ids}, js ${search.decodeIds(d.text)}`);
  }
}
const count = vectors.queries.length + Object.keys(vectors.hashes).length;
if (failures > 0) { console.error(`${failures} of ${count} vectors differ`); process.exit(1); }
console.log(`search tokenizer: ${count} vectors agree`);
