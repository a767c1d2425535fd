import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../model/ids.js';
import type { PlanIssue } from '../model/issues.js';
import { commonMessages } from '../i18n/common.js';

/**
 * How many issues are listed: the first ones say what is wrong; a file with thousands of unknown
 * keys listed them all and held up the page for seconds (`kompetence-invalid` still carries all).
 */
const SHOWN = 10;

/** An issue as the error shows it. */
export type IssueText = (issue: PlanIssue, lang: Lang) => unknown;

/**
 * The accessible error for input that could not be used (an alert, always rendered so it is
 * announced when it fills; `#input-error`, so a control can be described by it). Each issue's message already names where in the JSON it is
 * (the model prefixes the path), so by default it is shown as it is (`text`: as `<kompetence-model>` shows a file's). Shared by every element that takes JSON input; place it at the top of `render`.
 * `keptShown`: a last good value is still shown (never on first input that could not be used), so it says so.
 */
export function renderInputIssues(issues: readonly PlanIssue[], lang: Lang, keptShown: boolean, text: IssueText = (i) => i.message): TemplateResult {
  const m = commonMessages[lang];
  // No whitespace around the content: `.input-error:not(:empty)` draws the error box, and
  // whitespace text nodes would make it show (empty and red) when there is no error.
  return html`<div part="error" id="input-error" class="input-error" role="alert">${issues.length
    ? html`<p><strong>${m.badInputTitle}</strong>${keptShown ? ` ${m.badInputKept}` : nothing}</p>
        <ul>${issues.slice(0, SHOWN).map((i) => html`<li>${text(i, lang)}</li>`)}${issues.length > SHOWN ? html`<li>${m.moreIssues(issues.length - SHOWN)}</li>` : nothing}</ul>`
    : nothing}</div>`;
}
