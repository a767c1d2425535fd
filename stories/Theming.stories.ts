import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { examples } from '../src/model/examples/index.js';
import type { Lang } from '../src/model/ids.js';

// ---------------------------------------------------------------------------------------------
// The tokens: every `--kompetence-*` CSS custom property in custom-elements.json (the elements'
// @cssprop tags), with the elements that read it and what it colours in each. No list is kept
// by hand: a new token in an element shows up here after `npm run analyze`.

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
  /** Each element that reads the token, with its description of what the token does there. */
  uses: { tag: string; description: string }[];
}

const tokens: Token[] = (() => {
  const byName = new Map<string, Token>();
  for (const mod of (manifest as unknown as Manifest).modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      for (const property of declaration.cssProperties ?? []) {
        if (!property.name.startsWith('--kompetence-')) continue;
        const token = byName.get(property.name) ?? { name: property.name, uses: [] };
        token.uses.push({ tag: declaration.tagName, description: property.description ?? '' });
        byName.set(property.name, token);
      }
    }
  }
  return [...byName.values()];
})();

/**
 * Each token's default, read from the defined elements' own style sheets (`var(--kompetence-…,
 * default)`), so the table shows what the elements really use when a page sets nothing.
 */
function defaults(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { uses } of tokens) {
    for (const { tag } of uses) {
      const element = customElements.get(tag) as unknown as { elementStyles?: { cssText?: string }[] } | undefined;
      for (const sheet of element?.elementStyles ?? []) {
        for (const match of (sheet.cssText ?? '').matchAll(/var\(\s*(--kompetence-[a-z0-9-]+)\s*,\s*([^()]+?)\s*\)/g)) {
          if (!found.has(match[1]!)) found.set(match[1]!, match[2]!);
        }
      }
    }
  }
  return found;
}

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
      `Elementerne læser ${n} CSS custom properties. Sæt dem på et element eller på en beholder omkring elementerne; de arves ind i elementernes shadow DOM. Listen er lavet fra custom-elements.json, og standardværdierne er læst fra elementernes egne stylesheets.`,
    caption: 'CSS custom properties for kompetence-elements',
    token: 'Token',
    default: 'Standard',
    usedBy: 'Bruges af',
    meaning: 'Hvad den styrer',
    none: '–',
    themeHeading: (name: string) => `${name}: ansvarstrappen`,
    themeIntro: 'Temaet er en klasse i et stylesheet på siden. Elementet selv får ingen style-attributter.',
    css: 'Temaets CSS',
    standardHeading: 'Standardudseendet: ansvarstrappen',
    standardIntro: 'Den samme ansvarstrappe uden tema, til sammenligning.',
  },
  en: {
    tokensHeading: 'Design tokens',
    tokensIntro: (n: number) =>
      `The elements read ${n} CSS custom properties. Set them on an element or on a container around the elements; they inherit into the elements' shadow DOM. The list is made from custom-elements.json, and the defaults are read from the elements' own style sheets.`,
    caption: 'CSS custom properties of kompetence-elements',
    token: 'Token',
    default: 'Default',
    usedBy: 'Used by',
    meaning: 'What it controls',
    none: '–',
    themeHeading: (name: string) => `${name}: the responsibility staircase`,
    themeIntro: 'The theme is a class in a style sheet on the page. The element itself gets no style attributes.',
    css: "The theme's CSS",
    standardHeading: 'The default look: the responsibility staircase',
    standardIntro: 'The same staircase without a theme, for comparison.',
  },
} as const;

const isColour = (value: string | undefined): boolean => !!value && /^(#|rgb|hsl)/.test(value);

function tokenTable(lang: Lang): TemplateResult {
  const l = labels[lang];
  const values = defaults();
  return html`
    <style>
      .token-table { border-collapse: collapse; width: 100%; }
      .token-table th, .token-table td { border: 1px solid #767676; padding: 0.4em 0.6em; text-align: left; vertical-align: top; }
      .token-table code { white-space: nowrap; }
      .token-swatch { display: inline-block; width: 1.25em; height: 1.25em; border: 1px solid #1a1a1a; vertical-align: -0.25em; margin-right: 0.4em; }
      .token-uses { margin: 0; padding-left: 1.1em; }
    </style>
    <h2>${l.tokensHeading}</h2>
    <p>${l.tokensIntro(tokens.length)}</p>
    <table class="token-table">
      <caption>${l.caption}</caption>
      <thead>
        <tr><th scope="col">${l.token}</th><th scope="col">${l.default}</th><th scope="col">${l.usedBy}</th><th scope="col">${l.meaning}</th></tr>
      </thead>
      <tbody>
        ${tokens.map((token) => {
          const value = values.get(token.name);
          const descriptions = [...new Set(token.uses.map((use) => use.description).filter(Boolean))];
          return html`<tr>
            <th scope="row"><code>${token.name}</code></th>
            <td>
              ${isColour(value) ? html`<span class="token-swatch" data-token=${token.name} aria-hidden="true"></span>` : nothing}
              <code>${value ?? l.none}</code>
            </td>
            <td>${token.uses.map((use, i) => html`${i ? ', ' : ''}<code>&lt;${use.tag}&gt;</code>`)}</td>
            <td>
              <ul class="token-uses">
                ${descriptions.map((description) => html`<li>${description}</li>`)}
              </ul>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    <style>
      ${[...values].filter(([, value]) => isColour(value)).map(([name, value]) => `.token-swatch[data-token="${name}"] { background: ${value}; }`).join('\n')}
    </style>
  `;
}

/** The nursing home's staircase with the licences C, B and A (worked example 3). */
const staircase = JSON.stringify(examples['plejecenter-maaltid'].ansvar);

function themed(theme: Theme, lang: Lang): TemplateResult {
  const l = labels[lang];
  const css = themeCss(theme);
  return html`
    <style>${css}</style>
    <h2>${l.themeHeading(theme.name[lang])}</h2>
    <p>${l.themeIntro}</p>
    <details>
      <summary>${l.css}</summary>
      <pre><code>${css}</code></pre>
    </details>
    <div class=${theme.className}>
      <ansvars-trappe koerekort value=${staircase}></ansvars-trappe>
    </div>
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
  argTypes: { theme: { control: 'inline-radio', options: ['standard', 'groen', 'moerk'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** Every `--kompetence-*` token from custom-elements.json, with its default and the elements that read it. */
export const Tokens: Story = {
  name: 'Designtokens',
  argTypes: { theme: { table: { disable: true } } },
  render: (_args, { globals }) => tokenTable(langOf(globals)),
};

/** `<ansvars-trappe>` under a custom theme: a class in a style sheet sets the tokens and styles a part. */
export const CustomTheme: Story = {
  name: 'Eget tema',
  render: ({ theme }, { globals }) => {
    const lang = langOf(globals);
    if (theme === 'standard') {
      const l = labels[lang];
      return html`<h2>${l.standardHeading}</h2>
        <p>${l.standardIntro}</p>
        <ansvars-trappe koerekort value=${staircase}></ansvars-trappe>`;
    }
    return themed(themes[theme], lang);
  },
};

/** The same staircase in a dark theme: the page gives the container its background, the tokens do the rest. */
export const DarkTheme: Story = {
  name: 'Mørkt tema',
  args: { theme: 'moerk' },
  render: CustomTheme.render,
};
