import { it } from 'vitest';
import { mount, q } from './helpers.js';

it('probe4', async () => {
  for (const lang of ['en', 'ar'])
    for (const width of [288, 343, 648]) {
      const el = await mount({ lang }, width);
      const s = el.currentLayout!.series!;
      const out = [`== ${lang} ${width} x0 ${s.x0} x1 ${s.x1} ticks ${JSON.stringify(s.ticks)}`];
      for (const l of s.lines)
        out.push(
          `line ${l.series.id} marks ${l.marks
            .slice(0, 6)
            .map((m) => `${m.x.toFixed(1)},${m.y.toFixed(1)}`)
            .join(' ')}`,
        );
      for (const n of q(el, '.tick-value')) {
        const r = n.getBoundingClientRect();
        out.push(
          `tick ${n.textContent!.trim()} ${r.left.toFixed(1)}-${r.right.toFixed(1)} ${r.top.toFixed(1)}`,
        );
      }
      const host = el.getBoundingClientRect();
      out.push(`host left ${host.left}`);
      console.log(out.join('\n'));
      el.remove();
    }
});
