import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define.js';
import { markerBox, parts, render, timeline, type Args } from './support.js';

const meta: Meta<Args> = {
  title: 'Timeline/Language and direction',
  component: 'drawdown-timeline',
  render,
};
export default meta;

type Story = StoryObj<Args>;

const tickTexts = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...el.shadowRoot!.querySelectorAll('[part~="axis"] text')].map((t) => t.textContent!.trim());

export const IraqiArabic: Story = {
  name: 'Arabic (ar-IQ): Iraqi month names',
  args: { lang: 'ar-IQ', numbering: 'latn', selected: 'bases-announcement' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    // ar-IQ says آب for August where plain ar says أغسطس.
    expect(parts(el, 'detail')[0]!.textContent).toContain('آب 2025');
  },
};

export const ArabicIndicDigits: Story = {
  name: 'Arabic-Indic digits',
  args: { lang: 'ar', numbering: 'arab' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(tickTexts(el).join(' ')).toMatch(/[٠-٩]{4}/);
    expect(el.shadowRoot!.textContent).toContain('٣٬٠٠٠');
  },
};

export const Hijri: Story = {
  name: 'Hijri calendar (Umm al-Qura)',
  args: { lang: 'ar', numbering: 'latn', calendar: 'islamic-umalqura', selected: 'mission-end' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    const panel = parts(el, 'detail')[0]!;
    expect(panel.textContent).toContain('هـ');
    // The Gregorian date stays alongside.
    expect(panel.querySelector('.gregorian')!.textContent).toContain('سبتمبر 2025');
  },
};

export const LtrTimeInArabic: Story = {
  name: 'Arabic page, time left to right',
  args: { lang: 'ar', numbering: 'latn', 'time-direction': 'ltr' },
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(markerBox(el, 'isis-expansion').x).toBeLessThan(markerBox(el, 'mission-end').x);
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('dir')).toBe('rtl');
  },
};

export const EnglishInRtlPage: Story = {
  name: 'English inside a right-to-left page',
  render: () =>
    html`<div dir="rtl" lang="ar">
      <p>نص عربي حول الخط الزمني.</p>
      <drawdown-timeline lang="en" dir="ltr"></drawdown-timeline>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('dir')).toBe('ltr');
    expect(markerBox(el, 'isis-expansion').x).toBeLessThan(markerBox(el, 'mission-end').x);
  },
};

export const InheritedArabic: Story = {
  name: 'Language inherited from the page',
  render: () => html`<div lang="ar" dir="rtl"><drawdown-timeline numbering="latn"></drawdown-timeline></div>`,
  play: async ({ canvasElement }) => {
    const el = await timeline(canvasElement);
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).toMatch(/[\u0600-\u06FF]/);
    expect(markerBox(el, 'isis-expansion').x).toBeGreaterThan(markerBox(el, 'mission-end').x);
  },
};
