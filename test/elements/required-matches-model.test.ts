/**
 * An element on its own, `required`, asks for what the model says its value lacks, in both
 * languages: a field element for what the overview asks of its field (`fieldGaps`), the task, the
 * staircase, an arrangement and the chooser for what `partGaps` says, so a server can ask the same.
 */
import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/define.js';
import { fieldGaps } from '../../src/model/completeness-gaps.js';
import type { FieldId } from '../../src/model/ids.js';
import { createPlan } from '../../src/model/parse.js';
import { partGaps, type GapPart, type GapPartValues } from '../../src/model/part-gaps.js';
import type { Plan } from '../../src/model/plan.js';

const elements: [tag: string, field: FieldId, value: (p: Plan) => unknown][] = [
  ['perspektiv-felt', 'perspektiv', (p) => p.perspektiv],
  ['laeringsmaal-pyramide', 'laeringsmaal', (p) => p.laeringsmaal],
  ['traeningsbane-plan', 'traeningsbane', (p) => ({ ...p.traeningsbane, vidensopbygning: 'Oplæg', periode: { start: '2027-03-01', slut: '2027-01-01' } })],
  ['forankring-tjekliste', 'hverdag', (p) => ({ ...p.hverdag, overgang: { ...p.hverdag.overgang, type: 'faelles' } })],
];

type Required = HTMLElement & { validationMessage: string; value: unknown; updateComplete: Promise<boolean> };
const requiredElement = (tag: string, lang: string) =>
  fixture<Required>(staticHtml`<${unsafeStatic(tag)} lang=${lang} required></${unsafeStatic(tag)}>`);
const message = (gaps: string[], lang: string) => `${lang === 'da' ? 'Mangler' : 'Missing'}: ${gaps.join(', ')}.`;

describe('a field element with required, on its own', () => {
  for (const [tag, field, valueOf] of elements) {
    for (const lang of ['da', 'en'] as const) {
      it(`<${tag}> names what its field's condition lacks, as the model does (${lang})`, async () => {
        const plan = createPlan();
        const value = valueOf(plan);
        const el = await requiredElement(tag, lang);
        el.value = value;
        await el.updateComplete;
        const gaps = fieldGaps({ ...plan, [field]: value } as Plan, field, { lang });
        expect(gaps, 'the value lacks something').not.to.be.empty;
        expect(el.validationMessage).to.equal(message(gaps, lang));
      });
    }
  }
});

/** Values that lack something of each kind `partGaps` names. */
const partElements: { [P in GapPart]: [tag: string, value: GapPartValues[P]] } = {
  opgave: ['opgave-felt', { ...createPlan().opgave, krav: { konkretSituation: true, kanHaandteresAnderledes: false, ansvarTydeligt: false } }],
  ansvar: ['ansvars-trappe', [{ id: 'a', maalgruppe: 'Alle', fremtidigt: 'med-stoette' }, { id: 'b', maalgruppe: 'Nye' }]],
  mobilitet: ['mobilitet-aftale', { ...createPlan({ mobilitet: [{ id: 'm', form: 'udlaan' }] } as Partial<Plan>).mobilitet[0]!, vilkaar: { ansvarsomraader: 'Køkkenet', ferie: '', sygdom: '' } }],
  laeringsformer: ['laeringsform-vaelger', []],
};

describe('the task, the staircase, an arrangement and the chooser with required, on their own', () => {
  for (const [part, [tag, value]] of Object.entries(partElements) as [GapPart, [string, never]][]) {
    for (const lang of ['da', 'en'] as const) {
      it(`<${tag}> names what partGaps('${part}') says its value lacks (${lang})`, async () => {
        const el = await requiredElement(tag, lang);
        el.value = value;
        await el.updateComplete;
        const gaps = partGaps(part, value, { lang });
        expect(gaps, 'the value lacks something').not.to.be.empty;
        expect(el.validationMessage).to.equal(message(gaps, lang));
      });
    }
  }
  it('names each gap in words a user can act on', () => {
    expect(partGaps('ansvar', partElements.ansvar[1])).to.deep.equal(['ansvar bagefter for målgruppe 2']);
    expect(partGaps('ansvar', [], { lang: 'en' })).to.deep.equal(['at least one target group']);
    expect(partGaps('mobilitet', partElements.mobilitet[1])).to.deep.equal(['modtagende arbejdsplads', 'vilkår for ferie', 'vilkår for sygdom']);
    expect(partGaps('opgave', partElements.opgave[1], { lang: 'en' })).to.deep.equal([
      'a description of the task', 'confirmation of “It can be handled differently”', 'confirmation of “It is clear who is responsible”',
    ]);
    expect(partGaps('laeringsformer', ['mentorforloeb'])).to.deep.equal([]);
  });
});
