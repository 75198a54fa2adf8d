// The README's reference tables and the generated custom-elements manifest must agree, so the
// documentation cannot drift from the code's JSDoc.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'creatio-cookie-consent');

/** The first-column `code` names of the table under a heading. */
function tableNames(heading) {
  const section = readme.split(/^## /m).find((s) => s.startsWith(heading));
  assert.ok(section, `README has a "${heading}" section`);
  return section
    .split('\n')
    .filter((l) => /^\| `/.test(l))
    .flatMap((l) => [...l.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\(.*$/, '').trim()));
}

test('the manifest describes the element', () => {
  assert.ok(element, 'creatio-cookie-consent is in custom-elements.json');
  const definition = manifest.modules.flatMap((m) => m.exports ?? []).find((e) => e.kind === 'custom-element-definition');
  assert.equal(definition.name, 'creatio-cookie-consent');
});

test('README attributes = manifest attributes', () => {
  assert.deepEqual(tableNames('Attributes').sort(), element.attributes.map((a) => a.name).sort());
});

test('README events = manifest events', () => {
  assert.deepEqual(tableNames('Events').sort(), element.events.map((e) => e.name).sort());
});

test('README methods and properties = the manifest\'s public API', () => {
  const documented = new Set(tableNames('Properties and methods'));
  const fields = new Set(element.attributes.map((a) => a.fieldName));
  const api = element.members
    .filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !fields.has(m.name))
    .map((m) => m.name);
  assert.deepEqual([...documented].sort(), api.sort());
});

test('README CSS custom properties and defaults = manifest', () => {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Styling'));
  const rows = section.split('\n').filter((l) => /^\| `--/.test(l)).map((l) => l.split('|').slice(1, 3).map((c) => c.trim().replace(/`/g, '')));
  assert.deepEqual(
    rows.sort(),
    element.cssProperties.map((p) => [p.name, p.default]).sort(),
  );
});

test('README parts and slots = manifest', () => {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Styling'));
  const parts = section.match(/^Parts: ([\s\S]*?)\. Slot/m)[1].match(/`([^`]+)`/g).map((s) => s.slice(1, -1));
  assert.deepEqual(parts.sort(), element.cssParts.map((p) => p.name).sort());
  const slots = section.match(/Slot: `([^`]+)`/)[1];
  assert.deepEqual([slots], element.slots.map((s) => s.name));
});

// The administrator's table of files (`## Add it to a page`): every file the build puts beside the
// core is listed, with its gzip size as built (KB of 1,000 B, one decimal; a range for the languages).
test('README file table = the drop-in files as built, with their sizes', async () => {
  const { gzipSync } = await import('node:zlib');
  const { readdirSync } = await import('node:fs');
  const dist = new URL('../../dist/', import.meta.url);
  const kb = (file) => (gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length / 1000).toFixed(1);
  const built = readdirSync(dist).filter((f) => /^creatio-cookie-consent\.[\w.]*js$/.test(f));
  const rows = readme.split('\n').filter((l) => /^\| `creatio-cookie-consent\.[\w.]*js`/.test(l));
  const listed = new Set();
  for (const row of rows) {
    const cells = row.split('|').map((c) => c.trim());
    const [first, ...others] = [...cells[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    // `.fr`, `.es`…: the same name with another language.
    const files = [first, ...others.map((o) => first.replace(/\.\w+\.js$/, `${o}.js`))];
    files.forEach((f) => listed.add(f));
    const sizes = files.map(kb).map(Number);
    const said = cells.at(-2);
    const expected = sizes.length > 1 ? `${Math.min(...sizes).toFixed(1)}–${Math.max(...sizes).toFixed(1)} KB` : `${sizes[0].toFixed(1)} KB`;
    assert.equal(said, expected, first);
  }
  assert.deepEqual([...listed].sort(), built.sort());
  // The prose above the table names the core's size too, in the same unit.
  const core = readme.match(/the one script a page adds \(([\d.]+ KB) gzip\)/)?.[1];
  assert.equal(core, `${kb('creatio-cookie-consent.js')} KB`, "the core's size in the prose above the table");
});

// What the console tells an administrator is listed for them, each message in the README's table,
// so a new warning cannot go undocumented.
test("every console message is in the README's table of them", async () => {
  const { readdirSync } = await import('node:fs');
  const src = new URL('../../src/', import.meta.url);
  const table = readme.split(/^## /m).find((s) => s.startsWith('When something is wrong'));
  assert.ok(table, 'README has a "When something is wrong" section');
  const texts = [];
  for (const file of readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(new URL(file, src), 'utf8');
    // A message's own words: after the prefix, to the end of its literal, each part between
    // interpolations.
    const parts = (text) => text.split(/\$\{[^}]*\}/).map((part) => part.replace(/^[">(: ]+|[:( ]+$/g, '')).filter((part) => part.length > 6);
    for (const [, text] of code.matchAll(/creatio-cookie-consent: ((?:[^'"`$]|\$\{[^}]*\})*)/g)) texts.push(...parts(text));
    // And what ./src/integrations/diagnostics.ts passes its `warn`, which adds the prefix.
    for (const [, , text] of code.matchAll(/(?<![.\w])warn\((['"`])((?:(?!\1).)*)\1/g)) texts.push(...parts(text));
    // Messages made of parts (./src/integrations/script-gate.ts `misgated`): each part's words.
    const start = code.indexOf('export const misgated');
    if (start >= 0)
      for (const [, template] of code.slice(start, code.indexOf('\n/**', start)).matchAll(/`([^`]*)`/g))
        texts.push(...parts(template));
  }
  assert.ok(texts.length >= 8, `the messages are found: ${texts}`);
  for (const text of texts) assert.ok(table.includes(text), `not in the README's table: ${text}`);
});
