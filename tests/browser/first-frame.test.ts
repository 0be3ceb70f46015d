import { afterEach, describe, expect, it } from 'vitest';
import { dateMismatches, numberMismatches } from '../intl-tables.js';
import { mount } from './helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** Counts every Intl object built (and every Intl call on the namespace) while `run` runs. */
async function intlUse(run: () => Promise<void>): Promise<string[]> {
  const used: string[] = [];
  const saved = new Map<string, unknown>();
  const intl = Intl as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(Intl)) {
    const value = intl[name];
    if (typeof value !== 'function') continue;
    saved.set(name, value);
    intl[name] = new Proxy(value, {
      construct(target, args, newTarget) {
        used.push(name);
        return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget) as object;
      },
      apply(target, self, args) {
        used.push(name);
        return Reflect.apply(target as (...a: unknown[]) => unknown, self, args);
      },
    });
  }
  try {
    await run();
  } finally {
    for (const [name, value] of saved) intl[name] = value;
  }
  return used;
}

describe('a first frame in English or Arabic builds no Intl object', () => {
  it("Chromium's Intl writes every month, precision and numbering as the built-in tables do", () => {
    expect(dateMismatches()).toEqual([]);
    expect(numberMismatches(1000)).toEqual([]);
  });

  for (const lang of ['ar', 'en']) {
    it(`the built-in story in ${lang} is drawn, dates, ticks and figures included, without Intl`, async () => {
      let el: Awaited<ReturnType<typeof mount>> | undefined;
      const used = await intlUse(async () => {
        el = await mount({ lang }, 1000);
      });
      expect(used).toEqual([]);
      // The frame holds dated labels and tick texts, written from the tables.
      const texts = [...el!.shadowRoot!.querySelectorAll('[part~="label"], [part~="axis"] text')].map(
        (n) => n.textContent ?? '',
      );
      expect(texts.some((t) => /20\d\d/.test(t))).toBe(true);
    });
  }

  it('Arabic-Indic digits are also written without Intl', async () => {
    const used = await intlUse(async () => {
      await mount({ lang: 'ar', numbering: 'arab' }, 1000);
    });
    expect(used).toEqual([]);
  });

  it('another language is written by Intl', async () => {
    const used = await intlUse(async () => {
      await mount({ lang: 'fr' }, 1000);
    });
    expect(used).toContain('DateTimeFormat');
  });
});
