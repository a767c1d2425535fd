import { createElement as h, Fragment } from 'react';
import {
  Controls, Description, Heading, Markdown, Primary, PureArgsTable, Stories, Subtitle, Title, useOf,
} from '@storybook/addon-docs/blocks';
import { apiRows } from './manifest-api.js';

/**
 * An element's docs page: Storybook's default page (title, description, the first story, its
 * controls, all stories) with the element's whole API from custom-elements.json between the
 * controls and the stories. The controls are only what a story can change; the API table lists
 * every property, attribute, method, event, part and CSS custom property, with its default.
 */
export function ElementDocsPage() {
  const { csfFile, preparedMeta } = useOf('meta', ['meta']);
  const rows = apiRows(preparedMeta.component);
  const isSingleStory = Object.keys(csfFile.stories).length === 1;
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description, { of: 'meta' }),
    isSingleStory ? h(Description, { of: 'story' }) : null,
    h(Primary),
    h(Controls),
    Object.keys(rows).length
      ? h(
          Fragment,
          null,
          h(Heading, null, 'API'),
          h(Markdown, null, `Everything \`<${String(preparedMeta.component)}>\` offers a page, from \`custom-elements.json\` (the elements' JSDoc). The defaults of the CSS custom properties are those the element uses when the page sets none.`),
          h(PureArgsTable, { rows }),
        )
      : null,
    isSingleStory ? null : h(Stories),
  );
}
