/** <kompetence-model> through the checks every element passes (its data is `plan`; `value` is read-only). */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/kompetence-model.js';
import { runConformance } from '../helpers/conformance.js';
import { badPlanAttributes, badPlanProperties, fullPlan, planWithUserText } from '../helpers/plans.js';

const checks = runConformance({
  tag: 'kompetence-model',
  property: 'plan',
  lockedWhenReadOnly: true,
  sample: fullPlan(),
  withUserText: planWithUserText,
  badAttributeValues: badPlanAttributes,
  badPropertyValues: badPlanProperties,
  keyboardEdit: async () => {
    // Focus is in the plan's title.
    await sendKeys({ type: ' i køkkenet' });
  },
  // A title alone meets none of the five conditions.
  incomplete: { schemaVersion: 1, titel: 'Kun en titel' },
});

describe('<kompetence-model> conformance run', () => {
  it('runs every shared check, the form\'s included', () => {
    expect(checks).to.have.length(25);
    expect(checks).to.include.members([
      'is reachable and operable by keyboard, and focus() goes where Tab goes first',
      'submits its plan as JSON with its form, and a form reset brings back its plan attribute',
      'takes a restored form state (back navigation) as its value, without a change event',
      'clears an error about earlier bad input when a form state is restored',
      'is invalid in its form when required and incomplete, and valid when not required',
      'makes its form invalid as soon as it is put there required and empty, before its first render',
      'shows user text containing markup as text',
    ]);
  });
});
