import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { argTypesFromManifest, attributeNames } from './manifest-arg-types.js';
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Controls for the public attributes only, from the generated manifest.
    controls: { expanded: true, include: attributeNames(manifest, 'drawdown-timeline') },
    docs: {
      extractArgTypes: (tag: string) => argTypesFromManifest(manifest, tag),
    },
    // Every story fails its test on an axe violation.
    a11y: { test: 'error' },
  },
};

export default preview;
