// The structure of planJsonSchema. Validating plans with a standard validator (ajv) is in
// test/node/json-schema.node.test.mjs: ajv is CommonJS and does not load in the browser runner.
import { expect } from '@open-wc/testing';
import {
  anchoringKinds, anledninger, experiences, feedbackKinds, goalSubtypes, learningFormIds, licences, mobilityForms,
  mobilityScopes, responsibilities, transitionTypes, weekdays,
} from '../../src/model/ids.js';
import { planJsonSchema } from '../../src/model/json-schema.js';
import { createPlan } from '../../src/model/parse.js';

type Node = Record<string, any>;
const schema = planJsonSchema as Node;
const props = schema['properties'] as Record<string, Node>;
const item = (list: Node): Node => list['items'] as Node;

/** Every object schema in the tree with its JSON pointer. */
function objectSchemas(node: unknown, at = '#', out: [string, Node][] = []): [string, Node][] {
  if (typeof node !== 'object' || node === null) return out;
  if (Array.isArray(node)) {
    node.forEach((n, i) => objectSchemas(n, `${at}/${i}`, out));
    return out;
  }
  const n = node as Node;
  if (n['type'] === 'object' && n['properties']) out.push([at, n]);
  for (const [key, value] of Object.entries(n)) objectSchemas(value, `${at}/${key}`, out);
  return out;
}

describe('planJsonSchema', () => {
  it('declares JSON Schema draft 2020-12', () => {
    expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema['type']).to.equal('object');
  });

  it('is plain JSON (survives JSON.stringify unchanged)', () => {
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
  });

  it('has the top-level keys of contract.md and requires only schemaVersion', () => {
    expect(Object.keys(props)).to.have.members([
      'schemaVersion', 'id', 'createdAt', 'updatedAt', 'titel', 'arbejdsplads', 'opgave', 'perspektiv',
      'laeringsmaal', 'ansvar', 'traeningsbane', 'mobilitet', 'hverdag',
    ]);
    expect(schema['required']).to.deep.equal(['schemaVersion']);
    expect(props['schemaVersion']!['const']).to.equal(1);
  });

  it('bakes no random defaults in: ids and timestamps have no default anywhere', () => {
    for (const key of ['id', 'createdAt', 'updatedAt']) expect(props[key], key).not.to.have.property('default');
    const itemIds = [
      item(props['ansvar']!)['properties']['id'],
      item(props['mobilitet']!)['properties']['id'],
      item(props['hverdag']!['properties']['forankring'])['properties']['id'],
    ];
    for (const id of itemIds) {
      expect(id).to.deep.include({ type: 'string', minLength: 1 });
      expect(id).not.to.have.property('default');
    }
    const text = JSON.stringify(schema);
    expect(text).not.to.match(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/);
    expect(text).not.to.match(/"default":"\d{4}-\d\d-\d\dT/);
    expect(text).not.to.contain(createPlan().createdAt.slice(0, 13));
  });

  it('gives text, lists and flags their empty value as default', () => {
    expect(props['titel']).to.deep.include({ type: 'string', default: '' });
    expect(props['ansvar']).to.deep.include({ type: 'array', default: [] });
    const krav = props['opgave']!['properties']['krav']['properties'] as Record<string, Node>;
    expect(krav['ansvarTydeligt']).to.deep.include({ type: 'boolean', default: false });
  });

  it('rejects unknown keys and allows x- keys in every object', () => {
    const objects = objectSchemas(schema);
    // The plan, opgave, krav, perspektiv, laeringsmaal + 3 levels, ansvar item, traeningsbane, periode (x2),
    // mobility item, vilkaar, hverdag, overgang, anchoring item.
    expect(objects.length).to.be.at.least(17);
    for (const [at, node] of objects) {
      expect(node['additionalProperties'], at).to.equal(false);
      expect(node['patternProperties'], at).to.deep.equal({ '^x-': {} });
    }
  });

  it('lists the stable ids as enums', () => {
    const enumOf = (node: Node) => node['enum'] as string[];
    const opgave = props['opgave']!['properties'];
    const levels = props['laeringsmaal']!['properties'];
    const ansvar = item(props['ansvar']!)['properties'];
    const bane = props['traeningsbane']!['properties'];
    const mobilitet = item(props['mobilitet']!)['properties'];
    const hverdag = props['hverdag']!['properties'];
    expect(enumOf(item(opgave['anledninger']))).to.deep.equal([...anledninger]);
    for (const level of ['metoder', 'viden', 'rolle'] as const) {
      expect(enumOf(item(levels[level]['properties']['typer']))).to.deep.equal([...goalSubtypes[level]]);
    }
    expect(enumOf(ansvar['nuvaerende'])).to.deep.equal([...experiences]);
    expect(enumOf(ansvar['fremtidigt'])).to.deep.equal([...responsibilities]);
    expect(enumOf(ansvar['koerekort'])).to.deep.equal([...licences]);
    expect(enumOf(item(bane['feedbackformer']))).to.deep.equal([...feedbackKinds]);
    expect(enumOf(item(bane['laeringsformer']))).to.deep.equal([...learningFormIds]);
    expect(enumOf(mobilitet['form'])).to.deep.equal([...mobilityForms]);
    expect(enumOf(mobilitet['omfang'])).to.deep.equal([...mobilityScopes]);
    expect(enumOf(item(mobilitet['ugedage']))).to.deep.equal([...weekdays]);
    expect(enumOf(hverdag['overgang']['properties']['type'])).to.deep.equal([...transitionTypes]);
    expect(enumOf(item(hverdag['forankring'])['properties']['type'])).to.deep.equal([...anchoringKinds]);
    expect(item(hverdag['forankring'])['required']).to.deep.equal(['type']);
  });

  it('describes dates, UTC timestamps and head counts', () => {
    const periode = props['traeningsbane']!['properties']['periode'];
    expect(periode['properties']['start']).to.deep.include({ type: 'string', format: 'date' });
    expect(props['hverdag']!['properties']['overgang']['properties']['dato']).to.deep.include({ format: 'date' });
    expect(props['createdAt']).to.deep.include({ type: 'string', format: 'date-time' });
    const utc = new RegExp(props['createdAt']!['pattern'] as string, 'u');
    expect(utc.test('2027-01-01T10:00:00Z')).to.equal(true);
    expect(utc.test('2027-01-01T10:00:00+02:00')).to.equal(false);
    const date = new RegExp(periode['properties']['start']['pattern'] as string, 'u');
    expect(date.test('2028-02-29')).to.equal(true);
    expect(date.test('2027-02-30')).to.equal(false);
    expect(date.test('27-1-1')).to.equal(false);
    expect(item(props['ansvar']!)['properties']['antal']).to.deep.include({ type: 'integer', minimum: 1 });
  });

  it('writes its patterns so that validators in other languages read them as parsePlan does', () => {
    const patterns: string[] = [];
    (function collect(node: unknown): void {
      if (typeof node !== 'object' || node === null) return;
      const pattern = (node as Record<string, unknown>)['pattern'];
      if (typeof pattern === 'string') patterns.push(pattern);
      Object.values(node).forEach(collect);
    })(planJsonSchema);
    expect(patterns.length, 'the dates and timestamps').to.be.at.least(4);
    for (const pattern of patterns) {
      // Python and .NET take any script's digits for \d (٢٠٢٦); Go's RE2 cannot compile a lookahead.
      expect(pattern, pattern).not.to.include('\\d');
      expect(pattern.replaceAll('(?:', ''), pattern).not.to.include('(?');
    }
    // Python and .NET let $ match before a final line break: a date's length stops '2026-01-01\n'.
    const periode = props['traeningsbane']!['properties']['periode'];
    for (const date of [periode['properties']['start'], periode['properties']['slut'], props['hverdag']!['properties']['overgang']['properties']['dato']]) {
      expect(date).to.deep.include({ format: 'date', maxLength: 10 });
    }
  });
});
