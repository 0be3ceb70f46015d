import { afterEach, describe, expect, it } from 'vitest';
import { registerStrings } from '../../src/index.js';
import { mount, settle } from './helpers.js';

afterEach(() => document.body.replaceChildren());

const toggle = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('.view-toggle')!.textContent!.trim();

describe('registerStrings', () => {
  it('updates the elements already on the page in that language, and only those', async () => {
    const french = await mount({ lang: 'fr-CA' });
    const english = await mount({ lang: 'en' });
    const before = toggle(english);
    expect(toggle(french)).toBe(before);
    registerStrings('fr', { showList: 'Afficher en liste', untitled: 'Sans titre' });
    await settle(french);
    await settle(english);
    expect(toggle(french)).toBe('Afficher en liste');
    expect(toggle(english)).toBe(before);
  });

  it('reaches an element that was removed and put back, and none that is gone', async () => {
    const el = await mount({ lang: 'de' });
    el.remove();
    registerStrings('de', { showList: 'Als Liste' });
    document.body.append(el);
    await settle(el);
    expect(toggle(el)).toBe('Als Liste');
    el.remove();
    registerStrings('de', { showList: 'Liste' });
    await new Promise((r) => setTimeout(r, 50));
    // Disconnected, it did not update: its text is the one it had.
    expect(toggle(el)).toBe('Als Liste');
  });
});
