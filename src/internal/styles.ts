import { css } from 'lit';

/**
 * Design tokens and the shared look of every element. Each `--kompetence-*` property has a
 * default that meets WCAG 2.1 AA contrast on white; a host page overrides them to theme.
 * Fonts are inherited from the page; nothing is loaded from elsewhere.
 *
 * Notes on the rules (kept out of the CSS text, which ships as it is written):
 * - Sizes are in `em`, of the text the page gives the element, not `rem`: a page that sets its root
 *   to 62.5 % (to count rem as 10 px) and its text back to 16 px got headings smaller than the text,
 *   cramped spacing, and columns and container breakpoints too narrow for the text (words broken).
 * - `:host`: the element fills the width it is given, as a block does, also as a flex or grid item
 *   (its wrapper's size containment gave it no width of its own: 0 px beside a sidebar). It has the
 *   surface colour the default colours are made for, so a dark page keeps it readable. Alignment and
 *   white-space, word-break and text-indent from a page's text block are not the form's (centred
 *   labels, template whitespace shown, words broken anywhere, every label indented); letter- and
 *   word-spacing are left to the page (users set them to read, WCAG 1.4.12).
 * - `:host::before`: a hidden strut, one dot wide at its narrowest and some 60em at its widest. The
 *   model's and the plan view's size containment gives them no width of their own, so a box that
 *   takes its content's width (a `<dialog>`, an inline-block column, a table without a width, a
 *   flyout) made them 0 px wide and metres tall; the strut gives such a box a width to grow to,
 *   and no minimum anywhere.
 * - Colours go in their own declaration (`outline-color`, `border-color`), not in the shorthand:
 *   a theme token that holds no colour (Sass copies `$focus` into a custom property as it is)
 *   made the whole `outline` invalid, so no element showed focus and buttons lost their border.
 *   Text boxes take the element's text colour, not an inherited one (a page's `* { color: inherit }`
 *   made typed text light on their white surface).
 * - `@media (forced-colors: active)`: Forced colours (Windows High Contrast) drop backgrounds and
 *   box-shadows and give every border the same colour, so a selected tab or the current item would
 *   look like the rest: it gets a thicker border in the system's highlight colour (important: it
 *   must win over each element's own borders, which come later). Focus rings are outlines, which
 *   forced colours keep.
 * - `*` is `border-box` outright, not inherited from the host: a page rule `* { box-sizing: inherit }`
 *   matches the host too and beats `:host`, and inside a `content-box` wrapper every text box then
 *   stuck out of its column by its padding and border.
 * - `@media print`: black on white with a light colour scheme, whatever the screen's theme: a dark
 *   theme printed light grey hints on white paper, and unticked checkboxes as dark squares. A
 *   disabled element is dimmed on screen only: its text printed at 60 % grey.
 */
export const baseStyles = css`
  :host {
    --_text: var(--kompetence-color-text, #1a1a1a);
    --_muted: var(--kompetence-color-text-muted, #4a4a4a);
    --_surface: var(--kompetence-color-surface, #ffffff);
    --_surface-alt: var(--kompetence-color-surface-alt, #f3f4f6);
    --_border: var(--kompetence-color-border, #767676);
    --_accent: var(--kompetence-color-accent, #004b87);
    --_focus: var(--kompetence-color-focus, #b3541e);
    --_info: var(--kompetence-color-info, #004b87);
    --_warning: var(--kompetence-color-warning, #8a4b00);
    --_error: var(--kompetence-color-error, #b00020);
    --_radius: var(--kompetence-radius, 4px);
    --_space: var(--kompetence-space, 1em);
    --_gap: calc(var(--_space) / 2);
    display: block;
    box-sizing: border-box;
    inline-size: -moz-available;
    inline-size: -webkit-fill-available;
    inline-size: stretch;
    color: var(--_text);
    background: var(--_surface);
    font: inherit;
    line-height: 1.5;
    text-align: start;
    white-space: normal;
    word-break: normal;
    text-indent: 0;
    overflow-wrap: anywhere;
    /* Light unless themed: on a page in dark mode, unchecked radios were drawn as filled discs. */
    color-scheme: var(--kompetence-color-scheme, light);
    max-width: 100%;
  }
  :host([hidden]) { display: none; }
  :host::before { content: '. .'; word-spacing: 60em; display: block; height: 0; visibility: hidden; }
  *, *::before, *::after { box-sizing: border-box; }
  h2, h3, h4 { line-height: 1.25; margin: 0 0 var(--_gap); }
  h2 { font-size: 1.25em; }
  h3 { font-size: 1.1em; }
  h4 { font-size: 1em; }
  p { margin: 0 0 var(--_gap); }
  .hint { color: var(--_muted); font-size: 0.95em; margin: 0 0 0.35em; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0 0 var(--_space); padding: var(--_gap) var(--_space) var(--_space); min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25em; }
  label { display: block; font-weight: 600; margin-bottom: 0.25em; }
  label.inline { display: inline-flex; align-items: flex-start; gap: 0.5em; font-weight: normal; }
  input[type='number'], input[type='date'], textarea, select { font: inherit; color: var(--_text); background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.4em 0.5em; width: 100%; max-width: 100%; }
  input[type='file'] { font: inherit; max-width: 100%; }
  input[type='checkbox'], input[type='radio'] { font-size: inherit; width: 1.15em; height: 1.15em; margin: 0.2em 0 0; flex: none; accent-color: var(--_accent); }
  .control { margin-bottom: var(--_space); }
  button, ::file-selector-button { font: inherit; cursor: pointer; border-radius: var(--_radius); border: 1px solid; border-color: var(--_accent); background: var(--_surface); color: var(--_accent); padding: 0.35em 0.9em; }
  @media screen { :is(button, textarea, [type='date'], [type='number']):disabled { cursor: not-allowed; opacity: 0.6; } }
  :is(input, textarea, select, button, a, summary, [tabindex]):focus-visible { outline: 3px solid; outline-color: var(--_focus); outline-offset: 2px; }
  .input-error:not(:empty) { border: 2px solid var(--_error); border-radius: var(--_radius); padding: var(--_gap) var(--_space); margin-bottom: var(--_space); color: var(--_error); }
  .input-error ul { margin: 0; padding-left: 1.25em; list-style: disc; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  .advice { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_gap); }
  .advice li { border-left: 4px solid var(--_info); background: var(--_surface-alt); padding: var(--_gap) var(--_space); border-radius: 0 var(--_radius) var(--_radius) 0; }
  .advice li.warning { border-left-color: var(--_warning); }
  .advice li.error { border-left-color: var(--_error); }
  .advice .severity { font-weight: 600; }
  .advice li.warning .severity { color: var(--_warning); }
  .advice li.error .severity { color: var(--_error); }
  summary { cursor: pointer; font-weight: 600; }
  .row { display: flex; flex-wrap: wrap; gap: var(--_gap) var(--_space); }
  .row > * { flex: 1 1 12em; min-width: 0; }
  @media (forced-colors: active) {
    [aria-selected='true'], [aria-current='true'] { border: 3px solid Highlight !important; }
    :focus-visible { outline-color: CanvasText !important; }
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }
  @media print {
    :host { --_text: #000; --_muted: #000; --_accent: #000; --_border: #000; --_surface: #fff; --_surface-alt: #fff; --_info: #000; --_warning: #000; --_error: #000; color-scheme: light; }
    button, .no-print { display: none !important; }
    fieldset, .advice li, .control { break-inside: avoid; }
    label, legend { break-after: avoid; }
  }
`;
