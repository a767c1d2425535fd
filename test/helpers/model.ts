import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import { settle } from './dom.js';

/** The user chooses an example in the model's tools (not loaded yet). */
export async function chooseExample(model: KompetenceModel, id: string): Promise<void> {
  const select = model.shadowRoot!.querySelector<HTMLSelectElement>('#example')!;
  select.value = id;
  select.dispatchEvent(new Event('change'));
  await settle(model);
}

/** The user chooses an example in the tools and clicks "Start fra eksemplet" (a Danish page). */
export async function startFromExample(model: KompetenceModel, id: string): Promise<void> {
  await chooseExample(model, id);
  [...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => b.textContent!.trim() === 'Start fra eksemplet')!.click();
  await settle(model);
}

/** The user chooses a file to load in the model's tools. */
export async function chooseFile(model: KompetenceModel, content: string | Uint8Array<ArrayBuffer>, name = 'plan.json'): Promise<void> {
  const input = model.shadowRoot!.querySelector<HTMLInputElement>('#import')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  for (let i = 0; i < 10; i += 1) await settle(model);
}
