import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import manifest from '../custom-elements.json';
import placeholderCss from '../src/kompetence-elements.css?raw';
import '../src/define.js';
import { examples } from '../src/model/examples/index.js';
import type { Lang } from '../src/model/ids.js';

// ---------------------------------------------------------------------------------------------
// The tokens: every `--kompetence-*` CSS custom property in custom-elements.json (the elements'
// @cssprop tags, with their defaults), with the elements that read it and what it colours in each.
// No list is kept by hand: a new token in an element shows up here after `npm run analyze` (only
// the one-line summaries below are written here, in both languages).

interface CssProperty {
  name: string;
  description?: string;
  default?: string;
}
interface Declaration {
  tagName?: string;
  cssProperties?: CssProperty[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

interface Token {
  name: string;
  /** The default, from the @cssprop tags (a test keeps it equal to the styles' fallback). */
  default?: string;
  /** What the token does, each text (the manifest's, in English) with the elements it is said of. */
  uses: Map<string, string[]>;
}

const tokens: Token[] = (() => {
  const byName = new Map<string, Token>();
  for (const mod of (manifest as unknown as Manifest).modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      for (const property of declaration.cssProperties ?? []) {
        if (!property.name.startsWith('--kompetence-')) continue;
        const token = byName.get(property.name) ?? { name: property.name, default: property.default, uses: new Map() };
        const description = property.description ?? '';
        token.uses.set(description, [...(token.uses.get(description) ?? []), declaration.tagName]);
        byName.set(property.name, token);
      }
    }
  }
  return [...byName.values()];
})();

/** What each token controls, in a line: the elements' own texts (per element, English) are under it. */
const summaries: Record<string, Record<Lang, string>> = {
  '--kompetence-color-text': { da: 'Tekstfarven.', en: 'The text colour.' },
  '--kompetence-color-text-muted': { da: 'Hjælpetekster og «Ikke udfyldt».', en: 'Hints and "not filled in".' },
  '--kompetence-color-surface': { da: 'Baggrunden bag hele elementet og i dets indtastningsfelter og knapper.', en: 'The background of the whole element, and of its inputs and buttons.' },
  '--kompetence-color-surface-alt': { da: 'Baggrunden bag råd, vejledning, trin og niveauer.', en: 'The background of advice, guidance, steps and levels.' },
  '--kompetence-color-border': { da: 'Kanter om felter, grupper og kontroller.', en: 'Borders of fields, groups and controls.' },
  '--kompetence-color-accent': { da: 'Knapper, afkrydsede valg, det valgte felt og feltnumre.', en: 'Buttons, checked choices, the selected field and field numbers.' },
  '--kompetence-color-accent-text': { da: 'Tekst på accentfarven: den valgte mobilitetsaftale, målmærket på trappen og feltnumrene.', en: 'Text on the accent colour: the arrangement shown, the staircase’s goal mark and the field numbers.' },
  '--kompetence-color-focus': { da: 'Fokusrammen om det, tastaturet står på.', en: 'The focus outline.' },
  '--kompetence-color-info': { da: 'Råd, der er værd at overveje.', en: 'Advice to consider.' },
  '--kompetence-color-warning': { da: 'Råd, man bør følge, og det, der mangler.', en: 'Advice that should be acted on, and what is missing.' },
  '--kompetence-color-error': { da: 'Fejl i input og råd, der skal følges.', en: 'Errors in input and advice that must be acted on.' },
  '--kompetence-color-scheme': { da: 'Farveskemaet, som afkrydsningsfelter, radioknapper og datovælgere tegnes til: «dark» ved mørke flader.', en: 'The colour scheme checkboxes, radios and date pickers are drawn for: "dark" with dark surfaces.' },
  '--kompetence-radius': { da: 'Hjørnernes runding.', en: 'Corner radius.' },
  '--kompetence-space': { da: 'Grundafstanden; mellemrummene regnes ud fra den.', en: 'The base spacing; the gaps are derived from it.' },
};

/**
 * `--kompetence-placeholder-size`: read by kompetence-elements.css (not by the elements), with
 * each element's default there.
 */
const placeholderSizes: { tag: string; size: string }[] = [
  ...placeholderCss.matchAll(/([a-z]+-[a-z-]+):not\(:defined\)[^{]*\{[^}]*var\(--kompetence-placeholder-size,\s*([^)]+)\)/g),
].map((match) => ({ tag: match[1]!, size: match[2]!.trim() }));

// ---------------------------------------------------------------------------------------------
// Two themes, each a class in a style sheet: the way a host page themes the elements.

interface Theme {
  /** The class a page puts on a container of the elements. */
  className: string;
  name: Record<Lang, string>;
  /** Tokens the theme sets. */
  tokens: Record<string, string>;
  /** Further rules for the container (a dark page needs its own background). */
  container?: string;
  /** An example of styling a part. */
  parts?: string;
}

const themes: Record<'groen' | 'moerk', Theme> = {
  groen: {
    className: 'kompetence-tema-groen',
    name: { da: 'Grønt tema', en: 'Green theme' },
    tokens: {
      '--kompetence-color-text': '#14261c',
      '--kompetence-color-text-muted': '#3c4f44',
      '--kompetence-color-surface': '#ffffff',
      '--kompetence-color-surface-alt': '#edf5ef',
      '--kompetence-color-border': '#587262',
      '--kompetence-color-accent': '#1d5c3a',
      '--kompetence-color-accent-text': '#ffffff',
      '--kompetence-color-focus': '#9c3d00',
      '--kompetence-color-info': '#1d4f7a',
      '--kompetence-color-warning': '#7a4500',
      '--kompetence-color-error': '#a4001d',
      '--kompetence-radius': '12px',
      '--kompetence-space': '1.25rem',
    },
    parts: 'ansvars-trappe::part(group) { border-width: 2px; }',
  },
  moerk: {
    className: 'kompetence-tema-moerk',
    name: { da: 'Mørkt tema', en: 'Dark theme' },
    tokens: {
      '--kompetence-color-text': '#f1f3f5',
      '--kompetence-color-text-muted': '#c3c9cf',
      '--kompetence-color-surface': '#1c2025',
      '--kompetence-color-surface-alt': '#272c33',
      '--kompetence-color-border': '#8d969f',
      '--kompetence-color-accent': '#8cc8ff',
      '--kompetence-color-accent-text': '#0b1a29',
      '--kompetence-color-focus': '#ffb870',
      '--kompetence-color-info': '#9fd0ff',
      '--kompetence-color-warning': '#ffc266',
      '--kompetence-color-error': '#ff9aa5',
      '--kompetence-color-scheme': 'dark',
      '--kompetence-radius': '6px',
      '--kompetence-space': '1rem',
    },
    container: 'background: #121417; color: #f1f3f5; padding: 1rem; color-scheme: dark;',
  },
};

/** The theme as a style sheet: a class that sets the tokens, and any part rules under it. */
function themeCss(theme: Theme): string {
  const declarations = Object.entries(theme.tokens).map(([name, value]) => `  ${name}: ${value};`).join('\n');
  const parts = theme.parts ? `\n.${theme.className} ${theme.parts}` : '';
  return `.${theme.className} {\n${declarations}\n${theme.container ? `  ${theme.container}\n` : ''}}${parts}`;
}

// ---------------------------------------------------------------------------------------------

const labels = {
  da: {
    tokensHeading: 'Designtokens',
    tokensIntro: (n: number) =>
      `Elementerne læser ${n} CSS custom properties. Sæt dem på et element eller på en beholder omkring elementerne; de arves ind i elementernes shadow DOM. Listen og standardværdierne er lavet fra custom-elements.json (elementernes @cssprop), og en test holder standardværdierne lig dem, elementernes stylesheets bruger.`,
    caption: 'CSS custom properties i kompetence-elements',
    token: 'Token',
    default: 'Standard',
    meaning: 'Hvad den styrer',
    perElement: (n: number) => `I hvert af de ${n} elementer (deres egen tekst, på engelsk)`,
    allElements: (n: number) => `Alle ${n} elementer.`,
    none: '–',
    placeholderHeading: 'Pladsen før elementerne er indlæst',
    placeholderIntro: html`<code>--kompetence-placeholder-size</code> læses ikke af elementerne, men af
      <code>kompetence-elements.css</code>: indtil et element er defineret, holder filen den plads fri, elementet
      fylder tomt, så teksten efter det ikke hopper. Sæt en anden højde på elementet (eller en beholder),
      f.eks. til en kort plan, eller <code>0</code> for ingen.`,
    placeholderCaption: 'Standardhøjden pr. element',
    element: 'Element',
    height: 'Højde',
    themeIntro: 'Temaet er en klasse i et stylesheet på siden. Elementerne selv får ingen style-attributter.',
    css: 'Temaets CSS',
    staircase: 'Ansvarstrappen',
    advice: 'Råd i en plan: info, advarsel og fejl',
    adviceIntro: 'En plan med kun perspektivet skrevet, i <kompetence-plan-visning advice>: feltnumrene står på accentfarven, og modellens råd har hver sin farve.',
    standardHeading: 'Standardudseendet',
    standardIntro: 'De samme elementer uden tema, til sammenligning.',
    tryHeading: 'Prøv selv',
    tryIntro: 'Skift tokens i panelet Controls: historien sætter dem på en beholder om elementerne, som en side gør, og elementerne følger med. De starter på standardværdierne.',
    pageSizes: html`Skrifttypen og størrelserne kommer fra siden: elementerne arver sidens skrift og skriftstørrelse, og
      deres mål er i em (også <code>--kompetence-space</code>, <code>1em</code> som standard), så de vokser og skrumper med sidens tekst.`,
  },
  en: {
    tokensHeading: 'Design tokens',
    tokensIntro: (n: number) =>
      `The elements read ${n} CSS custom properties. Set them on an element or on a container around the elements; they inherit into the elements' shadow DOM. The list and the defaults are made from custom-elements.json (the elements' @cssprop tags), and a test keeps the defaults equal to those the elements' style sheets use.`,
    caption: 'CSS custom properties of kompetence-elements',
    token: 'Token',
    default: 'Default',
    meaning: 'What it controls',
    perElement: (n: number) => `In each of the ${n} elements`,
    allElements: (n: number) => `All ${n} elements.`,
    none: '–',
    placeholderHeading: 'The room before the elements have loaded',
    placeholderIntro: html`<code>--kompetence-placeholder-size</code> is read not by the elements but by
      <code>kompetence-elements.css</code>: until an element is defined, that file keeps the room the element takes
      when empty, so the text after it does not jump. Set another height on the element (or a container), e.g.
      for a short plan, or <code>0</code> for none.`,
    placeholderCaption: 'The default height per element',
    element: 'Element',
    height: 'Height',
    themeIntro: 'The theme is a class in a style sheet on the page. The elements themselves get no style attributes.',
    css: "The theme's CSS",
    staircase: 'The responsibility staircase',
    advice: 'Advice in a plan: info, warning and error',
    adviceIntro: 'A plan with only its perspective written, in <kompetence-plan-visning advice>: the field numbers are on the accent colour, and each kind of advice has its colour.',
    standardHeading: 'The default look',
    standardIntro: 'The same elements without a theme, for comparison.',
    tryHeading: 'Try it',
    tryIntro: 'Change the tokens in the Controls panel: the story sets them on a container around the elements, as a page does, and the elements follow. They start at their defaults.',
    pageSizes: html`The font and the sizes come from the page: the elements inherit the page's font and font size, and their
      measures are in em (<code>--kompetence-space</code> too, <code>1em</code> by default), so they grow and shrink with the page's text.`,
  },
} as const;

const isColour = (value: string | undefined): boolean => !!value && /^(#|rgb|hsl)/.test(value);
const tag = (name: string): TemplateResult => html`<code>&lt;${name}&gt;</code>`;

/** What a token controls: the summary, and the elements' own texts grouped by text. */
function meaning(token: Token, lang: Lang): TemplateResult {
  const l = labels[lang];
  const elements = [...token.uses.values()].flat();
  const summary = summaries[token.name]?.[lang];
  // A token all elements describe alike needs no list per element.
  if (token.uses.size === 1) {
    const [description] = token.uses.keys();
    return html`<p>${summary ?? html`<span lang="en">${description}</span>`}</p><p class="token-elements">${l.allElements(elements.length)}</p>`;
  }
  return html`
    ${summary ? html`<p>${summary}</p>` : nothing}
    <details ?open=${!summary}>
      <summary>${l.perElement(elements.length)}</summary>
      <ul class="token-uses" lang="en">
        ${[...token.uses].map(([description, tags]) => html`<li>${description} ${tags.map((t, i) => html`${i ? ', ' : ''}${tag(t)}`)}</li>`)}
      </ul>
    </details>
  `;
}

/** A token's name with a line-break opportunity after each hyphen: a narrow column breaks it there, not mid-word. */
const breakableName = (name: string): TemplateResult =>
  html`${name.split(/(?<=[a-z]-)/).map((part, i) => html`${i ? html`<wbr>` : nothing}${part}`)}`;

function tokenTable(lang: Lang): TemplateResult {
  const l = labels[lang];
  return html`
    <style>
      /* The table's own width, not the window's, decides its layout: the docs page and a story's
         frame differ, and 200 % zoom narrows both. */
      .token-table-box { container-type: inline-size; }
      .token-table { border-collapse: collapse; width: 100%; }
      .token-table caption, .placeholder-table caption { text-align: left; font-weight: 600; margin-bottom: 0.4em; }
      .token-table th, .token-table td { border: 1px solid #767676; padding: 0.4em 0.6em; text-align: left; vertical-align: top; overflow-wrap: break-word; }
      .token-table p { margin: 0 0 0.25em; }
      .token-table .token-elements { color: #4a4a4a; }
      .token-swatch { display: inline-block; width: 1.25em; height: 1.25em; border: 1px solid #1a1a1a; vertical-align: -0.25em; margin-right: 0.4em; }
      .token-uses { margin: 0.25em 0 0; padding-left: 1.1em; }
      .token-uses code { overflow-wrap: anywhere; }
      /* Narrow (a phone, or 200 % zoom in a small window): one block per token, its name on top and
         each value under its column's name; three columns would leave a few letters per line. */
      @container (max-width: 36rem) {
        .token-table, .token-table caption, .token-table tbody, .token-table tr, .token-table th, .token-table td { display: block; }
        .token-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .token-table tr { border: 1px solid #767676; margin: 0 0 0.75em; }
        .token-table th, .token-table td { border: 0; padding: 0.35em 0.6em; }
        .token-table tbody th { background: #f3f4f6; }
        /* The column's name, seen; screen readers have it from the column header already. */
        .token-table td[data-label]::before { content: attr(data-label) ': '; content: attr(data-label) ': ' / ''; font-weight: 600; }
      }
      .placeholder-table { border-collapse: collapse; }
      .placeholder-table th, .placeholder-table td { border: 1px solid #767676; padding: 0.3em 0.6em; text-align: left; }
    </style>
    <h2>${l.tokensHeading}</h2>
    <p>${l.tokensIntro(tokens.length)}</p>
    <div class="token-table-box">
    <!-- The roles keep the table a table for screen readers when narrow CSS lays it out as blocks
         (browsers have dropped table semantics for display: block). -->
    <table class="token-table" role="table">
      <caption>${l.caption}</caption>
      <thead role="rowgroup">
        <tr role="row"><th scope="col" role="columnheader">${l.token}</th><th scope="col" role="columnheader">${l.default}</th><th scope="col" role="columnheader">${l.meaning}</th></tr>
      </thead>
      <tbody role="rowgroup">
        ${tokens.map((token) => html`<tr role="row">
          <th scope="row" role="rowheader"><code>${breakableName(token.name)}</code></th>
          <td role="cell" data-label=${l.default}>
            ${isColour(token.default) ? html`<span class="token-swatch" data-token=${token.name} aria-hidden="true"></span>` : nothing}
            <code>${token.default ?? l.none}</code>
          </td>
          <td role="cell" data-label=${l.meaning}>${meaning(token, lang)}</td>
        </tr>`)}
      </tbody>
    </table>
    </div>
    <style>
      ${tokens.filter((token) => isColour(token.default)).map((token) => `.token-swatch[data-token="${token.name}"] { background: ${token.default}; }`).join('\n')}
    </style>
    <h2>${l.placeholderHeading}</h2>
    <p>${l.placeholderIntro}</p>
    <table class="placeholder-table">
      <caption><code>--kompetence-placeholder-size</code>: ${l.placeholderCaption}</caption>
      <thead><tr><th scope="col">${l.element}</th><th scope="col">${l.height}</th></tr></thead>
      <tbody>
        ${placeholderSizes.map(({ tag: name, size }) => html`<tr><th scope="row">${tag(name)}</th><td><code>${size}</code></td></tr>`)}
      </tbody>
    </table>
  `;
}

/** The nursing home's staircase with the licences C, B and A (worked example 3). */
const staircase = JSON.stringify(examples['plejecenter-maaltid'].ansvar);
/**
 * A plan with only the nursing home's perspective written (worked example 3): its advice has all
 * three severities (an error, warnings, a tip). An empty plan gave no tip.
 */
const advisedPlan = JSON.stringify({ schemaVersion: 1, perspektiv: examples['plejecenter-maaltid'].perspektiv });

/** The elements a theme is shown on: the staircase, and a plan with advice of every kind. */
function showcase(lang: Lang): TemplateResult {
  const l = labels[lang];
  return html`
    <h3>${l.staircase}</h3>
    <ansvars-trappe koerekort value=${staircase}></ansvars-trappe>
    <h3>${l.advice}</h3>
    <p>${l.adviceIntro}</p>
    <kompetence-plan-visning advice plan=${advisedPlan}></kompetence-plan-visning>
  `;
}

function themed(theme: Theme, lang: Lang): TemplateResult {
  const l = labels[lang];
  const css = themeCss(theme);
  return html`
    <style>${css}</style>
    <h2>${theme.name[lang]}</h2>
    <p>${l.themeIntro}</p>
    <details>
      <summary>${l.css}</summary>
      <pre><code>${css}</code></pre>
    </details>
    <div class=${theme.className}>${showcase(lang)}</div>
  `;
}

type ThemeId = 'standard' | keyof typeof themes;
interface Args {
  theme: ThemeId;
}

const langOf = (globals: Record<string, unknown>): Lang => (globals['lang'] === 'en' ? 'en' : 'da');

/**
 * Theming with the `--kompetence-*` design tokens (CSS custom properties). A page sets them on a
 * container, for example with a class in its own style sheet, and every element inside follows;
 * the elements' parts (`::part(...)`, listed on each element's docs page) allow finer changes.
 * Every default meets WCAG 2.1 AA contrast on white; a theme must keep that contrast itself.
 */
const meta: Meta<Args> = {
  title: 'Tema',
  args: { theme: 'groen' },
  // Controls cannot follow the language toolbar, so the theme's label has both languages.
  argTypes: {
    theme: {
      control: {
        type: 'inline-radio',
        labels: {
          standard: 'Standard / Default',
          groen: `${themes.groen.name.da} / ${themes.groen.name.en}`,
          moerk: `${themes.moerk.name.da} / ${themes.moerk.name.en}`,
        } satisfies Record<ThemeId, string>,
      },
      options: ['standard', 'groen', 'moerk'] satisfies ThemeId[],
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every `--kompetence-*` token from custom-elements.json, with its default and what it controls, and `--kompetence-placeholder-size`. */
export const Tokens: Story = {
  name: 'Designtokens',
  argTypes: { theme: { table: { disable: true } } },
  render: (_args, { globals }) => tokenTable(langOf(globals)),
};

/**
 * `<ansvars-trappe>` and `<kompetence-plan-visning>` with advice under a custom theme: a class in a
 * style sheet sets the tokens (the advice shows info, warning and error) and styles a part.
 */
export const CustomTheme: Story = {
  name: 'Eget tema',
  render: ({ theme }, { globals }) => {
    const lang = langOf(globals);
    if (theme === 'standard') {
      const l = labels[lang];
      return html`<h2>${l.standardHeading}</h2>
        <p>${l.standardIntro}</p>
        ${showcase(lang)}`;
    }
    return themed(themes[theme], lang);
  },
};

/** The same elements in a dark theme: the page gives the container its background, the tokens do the rest. */
export const DarkTheme: Story = {
  name: 'Mørkt tema',
  args: { theme: 'moerk' },
  render: CustomTheme.render,
};

/**
 * Every token as a control (colour pickers for the colours), starting at its default: the preview
 * sets the story's token args on the story root (`applyTokenArgs` in .storybook/preview.ts), where
 * the elements inherit them as from a host page. The font and the em sizes come from the page.
 */
export const TryIt: Story = {
  name: 'Prøv selv',
  args: Object.fromEntries(tokens.filter((token) => token.default).map((token) => [token.name, token.default])),
  argTypes: {
    theme: { table: { disable: true } },
    ...Object.fromEntries(tokens.map((token) => [token.name, {
      name: token.name,
      // Controls cannot follow the language toolbar: both languages, as the theme's label.
      description: summaries[token.name] ? `${summaries[token.name]!.da} / ${summaries[token.name]!.en}` : undefined,
      control: { type: isColour(token.default) ? 'color' : 'text' },
      table: { category: 'CSS custom properties', defaultValue: token.default ? { summary: token.default } : undefined },
    }])),
  },
  render: (_args, { globals }) => {
    const lang = langOf(globals);
    const l = labels[lang];
    return html`<h2>${l.tryHeading}</h2>
      <p>${l.tryIntro}</p>
      <p>${l.pageSizes}</p>
      ${showcase(lang)}`;
  },
};
