import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/schema/validate.js';
import { fromCsv } from '../../src/adapters/csv.js';
import { isImageUrl, mediaKind } from '../../src/schema/url.js';

const event = (over: Record<string, unknown> = {}) => ({ id: 'e', start: '2020', title: 'T', ...over });

describe('event media', () => {
  it('an image with alt text, caption, credit and size is kept as an image', () => {
    const media = {
      url: 'img/base.png',
      alt: 'An air base',
      caption: 'The base',
      credit: 'Agency',
      width: 640,
      height: 360,
    };
    const { model, issues } = validateDocument([event({ media })]);
    expect(issues).toEqual([]);
    expect(model.events[0]!.media).toEqual({ kind: 'image', ...media });
  });

  it('an image without alt text is reported and not shown, and its event is kept', () => {
    const { model, issues } = validateDocument([event({ media: { url: 'a.png', caption: 'x' } })]);
    expect(model.events.map((e) => e.id)).toEqual(['e']);
    expect(model.events[0]!.media).toBeUndefined();
    expect(issues).toEqual([
      { path: 'events[0].media.alt', message: 'is required; the image is not shown', severity: 'warning' },
    ]);
  });

  it('a size that is not a whole number of pixels is reported and the image not shown', () => {
    const { model, issues } = validateDocument([event({ media: { url: 'a.png', alt: 'a', width: 12.5 } })]);
    expect(model.events[0]!.media).toBeUndefined();
    expect(issues.map((i) => i.path)).toEqual(['events[0].media.width']);
  });

  it('an address that is neither http(s) nor relative is refused', () => {
    for (const url of ['javascript:alert(1)', 'data:image/png;base64,AAAA', ' java\tscript:x']) {
      const { model, issues } = validateDocument([event({ media: { url, alt: 'a' } })]);
      expect(model.events[0]!.media).toBeUndefined();
      expect(issues.map((i) => [i.path, i.severity])).toEqual([['events[0].media.url', 'warning']]);
    }
  });

  it('video and social-media addresses become links, never images', () => {
    expect(mediaKind('https://www.youtube.com/watch?v=abc')).toBe('link');
    expect(mediaKind('https://x.com/someone/status/1')).toBe('link');
    expect(mediaKind('https://example.org/clip.mp4')).toBe('link');
    expect(mediaKind('https://example.org/photo.jpg')).toBe('image');
    expect(mediaKind('/media/photo')).toBe('image');
    const { model } = validateDocument([event({ media: { url: 'https://vimeo.com/1', alt: 'A video' } })]);
    expect(model.events[0]!.media?.kind).toBe('link');
  });

  it('an image address is known by its extension or its host', () => {
    expect(isImageUrl('https://example.org/a/b.JPEG?w=2#x')).toBe(true);
    expect(isImageUrl('pictures/lander.svg')).toBe(true);
    expect(isImageUrl('https://upload.wikimedia.org/wikipedia/commons/x')).toBe(true);
    expect(isImageUrl('https://example.org/page')).toBe(false);
    expect(isImageUrl('https://example.org/a.jpg.html')).toBe(false);
  });

  it('the simple CSV layout reads the image columns and reports an image without alt text by line', () => {
    const { document, issues } = fromCsv(
      [
        'start,title,media,mediaAlt,mediaCaption,mediaWidth,mediaHeight',
        '2020,One,a.png,A picture,Caption,400,300',
        '2021,Two,b.png,,,,',
      ].join('\n'),
    );
    expect(document.events.map((e) => e.media)).toEqual([
      { url: 'a.png', alt: 'A picture', caption: 'Caption', width: 400, height: 300 },
      undefined,
    ]);
    expect(issues).toEqual([
      {
        path: 'line 3',
        message: 'mediaAlt is required for an image; the image is not shown',
        severity: 'warning',
      },
    ]);
  });
});
