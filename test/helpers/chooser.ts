import { oneEvent } from '@open-wc/testing';
import type { LaeringsformVaelger } from '../../src/elements/laeringsform-vaelger/laeringsform-vaelger.js';

/**
 * Opens the chooser's folded groups (with no goal, every family; with goals, the forms not
 * recommended) as clicks on their summaries do: their forms are drawn only then.
 */
export async function openFolded(chooser: LaeringsformVaelger): Promise<void> {
  for (const details of chooser.shadowRoot!.querySelectorAll<HTMLDetailsElement>('.forms details:not([open])')) {
    const toggled = oneEvent(details, 'toggle');
    details.open = true;
    await toggled;
  }
  await chooser.updateComplete;
}
