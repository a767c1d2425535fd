/**
 * A field element on its own, `required`, asks for what the model's overview asks of its field:
 * its validation message names the gaps of the field's condition (`fieldGaps`), in both languages.
 */
import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/define.js';
import { fieldGaps } from '../../src/model/completeness-gaps.js';
import type { FieldId } from '../../src/model/ids.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';

const elements: [tag: string, field: FieldId, value: (p: Plan) => unknown][] = [
  ['perspektiv-felt', 'perspektiv', (p) => p.perspektiv],
  ['laeringsmaal-pyramide', 'laeringsmaal', (p) => p.laeringsmaal],
  ['traeningsbane-plan', 'traeningsbane', (p) => ({ ...p.traeningsbane, vidensopbygning: 'Oplæg', periode: { start: '2027-03-01', slut: '2027-01-01' } })],
  ['forankring-tjekliste', 'hverdag', (p) => ({ ...p.hverdag, overgang: { ...p.hverdag.overgang, type: 'faelles' } })],
];

describe('a field element with required, on its own', () => {
  for (const [tag, field, valueOf] of elements) {
    for (const lang of ['da', 'en'] as const) {
      it(`<${tag}> names what its field's condition lacks, as the model does (${lang})`, async () => {
        const plan = createPlan();
        const value = valueOf(plan);
        const el = await fixture<HTMLElement & { validationMessage: string; value: unknown; updateComplete: Promise<boolean> }>(
          staticHtml`<${unsafeStatic(tag)} lang=${lang} required></${unsafeStatic(tag)}>`,
        );
        el.value = value;
        await el.updateComplete;
        const gaps = fieldGaps({ ...plan, [field]: value } as Plan, field, { lang });
        expect(gaps, 'the value lacks something').not.to.be.empty;
        expect(el.validationMessage).to.equal(`${lang === 'da' ? 'Mangler' : 'Missing'}: ${gaps.join(', ')}.`);
      });
    }
  }
});
