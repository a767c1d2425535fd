import { html, type TemplateResult } from 'lit';
import { commonMessages } from '../i18n/common.js';
import { fieldById } from '../model/catalog/fields.js';
import { t } from '../model/catalog/text.js';
import type { FieldId, Lang } from '../model/ids.js';

/** A field's questions for the dialogue between leader and staff (the model's catalog), folded away. */
export function renderDialogueQuestions(field: FieldId, lang: Lang): TemplateResult {
  return html`<details part="questions" class="questions">
    <summary>${commonMessages[lang].dialogueQuestions}</summary>
    <ul>${fieldById(field).dialogueQuestions.map((q) => html`<li>${t(q, lang)}</li>`)}</ul>
  </details>`;
}
