/**
 * Scrollytelling with no library beyond the element: each section of the page names an event,
 * and the section in the middle of the viewport sets the element's `selected` attribute. The
 * element's selection stays the one source of truth; the page only writes it.
 */
const timeline = document.querySelector('drawdown-timeline');
const steps = document.querySelector('.steps');

/** The English text of a localized field. */
const english = (text) =>
  typeof text === 'string' ? text : (text?.en ?? Object.values(text ?? {})[0] ?? '');

function build() {
  steps.replaceChildren(
    ...timeline.events.map((event) => {
      const section = document.createElement('section');
      section.dataset.step = event.id;
      const heading = document.createElement('h2');
      heading.textContent = english(event.title);
      const summary = document.createElement('p');
      summary.textContent = english(event.summary);
      section.append(heading, summary);
      return section;
    }),
  );
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) timeline.setAttribute('selected', entry.target.dataset.step);
      }
    },
    // A thin band across the middle of the viewport: one section at a time crosses it.
    { rootMargin: '-50% 0px -50% 0px' },
  );
  for (const section of steps.children) observer.observe(section);
}

// The built-in story is read on the element's first update.
customElements
  .whenDefined('drawdown-timeline')
  .then(() => timeline.updateComplete)
  .then(build);
