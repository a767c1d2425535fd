import { html } from 'lit';
import { commonMessages } from '../../i18n/common.js';
import { downloadText, fileSlug } from '../../internal/download.js';
import type { IssueText } from '../../internal/input-issues.js';
import { fields } from '../../model/catalog/fields.js';
import { localDay } from '../../model/follow-up.js';
import type { Lang } from '../../model/ids.js';
import { formatPath, type PlanIssue } from '../../model/issues.js';
import type { Plan } from '../../model/plan.js';
import { messages as staircase } from '../ansvars-trappe/ansvars-trappe.messages.js';
import { messages } from './kompetence-model.messages.js';
import { fieldTitle } from './overview.js';

/**
 * Downloads the plan as JSON (what `parsePlan` reads back), named with the day it was last changed:
 * the versions of one plan kept over months were all "<title>.json", told apart only by "(1)", "(2)".
 */
export function downloadPlanJson(root: Node, plan: Plan, fallback: string): void {
  downloadText(root, `${JSON.stringify(plan, null, 2)}\n`, 'application/json', `${fileSlug(plan.titel) || fallback}-${localDay(new Date(plan.updatedAt))}.json`);
}

/**
 * The largest plan file read, in MB. A plan with long texts is some tens of kB, but nothing limits a
 * text box, and the model's own download of a very long plan must load again (one of over 1 MB could
 * not); a much bigger file is something else, and reading it would hold up the page for seconds and
 * make typing lag (a security review froze it; a 5 MB plan took 2-4 s to load, 0.3-0.7 s a key).
 */
export const PLAN_FILE_LIMIT_MB = 2;

/**
 * The text of a chosen file; `undefined` when it cannot be read, `null` when it is too big to be a
 * plan (over {@link PLAN_FILE_LIMIT_MB}). UTF-8 (with or without a byte order mark) and UTF-16 with
 * one are read as such; a file with no UTF-8 letters beyond ASCII as Windows-1252, what Notepad on a
 * Danish PC saves as "ANSI" (read as UTF-8, its æ, ø and å would come in as � without a word).
 */
export async function readFileText(file: File): Promise<string | null | undefined> {
  if (file.size > PLAN_FILE_LIMIT_MB * 1_000_000) return null;
  try {
    return decodeText(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return undefined;
  }
}

function decodeText(bytes: Uint8Array): string {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // UTF-8 letters beside a stray byte: a UTF-8 file, the byte read as � (as Windows-1252 every æ
    // in it would turn into "Ã¦").
    const utf8 = new TextDecoder().decode(bytes);
    return /[^\0-\x7f\ufffd]/.test(utf8) ? utf8 : new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Where in a plan an error of a file is, as the model names it: the field ("4 Training ground"),
 * the staircase's target group or the mobility arrangement ("Mobility arrangement 2"), the title or
 * the workplace; else nothing.
 */
function placeName([part, n]: PlanIssue['path'], lang: Lang): string | undefined {
  const c = commonMessages[lang];
  const item = typeof n == 'number';
  const field = fields.find((f) => f.id === part);
  return field ? fieldTitle(field, lang)
    : part === 'ansvar' ? (item ? `${c.staircase}, ${staircase[lang].group(n + 1)}` : c.staircase)
      : part === 'mobilitet' ? (item ? messages[lang].arrangement(n + 1) : c.mobility)
        : part === 'titel' ? messages[lang].titel
          : part === 'arbejdsplads' ? c.workplace : undefined;
}

/**
 * An error of a plan (a file's, most likely) with the place its message starts with (the plan's
 * Danish keys, which an English user could not place: "traeningsbane.periode.slut") shown as code,
 * after the name the interface gives it where it has one: "4 Training ground
 * (traeningsbane.periode.slut): Must be a date …".
 */
export const issueText: IssueText = ({ path, message }, lang) => {
  const at = formatPath(path);
  // Not prefixed: a version's message, of the whole plan (and an empty path's, which has no key).
  if (!message.startsWith(`${at}: `)) return message;
  const name = placeName(path, lang);
  const code = html`<code>${at}</code>`;
  return html`${name ? html`${name} (${code})` : code}${message.slice(at.length)}`;
};
