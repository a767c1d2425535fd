import { expect } from '@open-wc/testing';
import {
  advise, adviseOn, completenessGaps, createPlan, describeCompletenessGaps, examples, matchLang,
  parsePart, parsePlan, planToICalendar, recommendLearningForms, type Lang,
} from '../../src/model/runtime.js';
import { parseLearningFormIds } from '../../src/model/learning-form-choice.js';

/**
 * JavaScript callers pass what they have, often a page's `<html lang>`: every model function with a
 * `lang` option reads a region tag as its language and anything else as Danish, and never throws.
 */
const plan = examples.jobcenter;
const empty = createPlan();
const uses: Record<string, (lang: Lang) => unknown> = {
  parsePlan: (lang) => parsePlan('{"schemaVersion": 1, "titel": 5}', { lang }),
  'parsePlan (not JSON)': (lang) => parsePlan('{', { lang }),
  parsePart: (lang) => parsePart('ansvar', [{ antal: 0 }], { lang }),
  parseLearningFormIds: (lang) => parseLearningFormIds(['ukendt'], { lang }),
  recommendLearningForms: (lang) => recommendLearningForms({ goals: ['metoder'], experience: ['begyndere'], lang }),
  advise: (lang) => advise(plan, { lang }),
  adviseOn: (lang) => adviseOn('opgave', { ...plan.opgave, beskrivelse: '' }, { lang }),
  completenessGaps: (lang) => completenessGaps(empty, { lang }),
  describeCompletenessGaps: (lang) => describeCompletenessGaps(empty, { lang }),
  planToICalendar: (lang) => planToICalendar(plan, { lang }).replace(/^(UID|DTSTAMP):.*$/gm, ''),
};

describe('lang options of the model', () => {
  it('matchLang: a region tag gives its language, anything else Danish', () => {
    expect(['en', 'en-GB', 'EN-us', ' en ', 'en_US'].map(matchLang)).to.deep.equal(['en', 'en', 'en', 'en', 'en']);
    expect(['da', 'da-DK', 'fr', 'eng', '', null, undefined, 42].map(matchLang)).to.deep.equal(Array(8).fill('da'));
  });

  for (const [name, use] of Object.entries(uses)) {
    it(`${name}: en-GB reads as English, da-DK, fr and no language as Danish`, () => {
      const en = JSON.stringify(use('en'));
      const da = JSON.stringify(use('da'));
      expect(en).not.to.equal(da, 'the case must say something in words');
      expect(JSON.stringify(use('en-GB' as Lang))).to.equal(en);
      for (const other of ['da-DK', 'fr', '', undefined, null]) {
        expect(JSON.stringify(use(other as Lang)), String(other)).to.equal(da);
      }
    });
  }
});
