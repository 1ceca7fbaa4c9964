// Selecting a field or a part of a record shows its evidence: every span it was read from lights
// up in the text. A link to #event-12 opens the page at that record's evidence.
const segments = Array.from(document.querySelectorAll('#text .seg'));
const box = document.getElementById('evidence');

// The spans of an element: its data-spans ("start-end start-end"), or failing them its main span.
function spansOf(element) {
  if (element.dataset.spans) {
    return element.dataset.spans.split(' ').map((pair) => pair.split('-').map(Number));
  }
  if (element.dataset.s !== undefined) {
    return [[Number(element.dataset.s), Number(element.dataset.e)]];
  }
  return [];
}

// Lights the spans of an element and says what they are in the box: "label — “quote” … “quote”".
// Without a label the box stays as it is, so that nothing on the page moves (pointing at a link).
function light(element, label, scroll) {
  document.querySelectorAll('.selected').forEach((e) => e.classList.remove('selected'));
  segments.forEach((s) => s.classList.remove('evidence'));
  element.classList.add('selected');
  const spans = spansOf(element);
  if (spans.length === 0 && label !== null) {
    box.textContent = label + ' (no span in the text)';
    box.hidden = false;
    return;
  }
  const quotes = [];
  let first = null;
  spans.forEach(([start, end]) => {
    const lit = segments.filter((s) => Number(s.dataset.s) >= start && Number(s.dataset.e) <= end);
    lit.forEach((s) => s.classList.add('evidence'));
    quotes.push('“' + lit.map((s) => s.textContent).join('') + '”');
    if (first === null && lit.length > 0) {
      first = lit[0];
    }
  });
  if (label !== null) {
    box.textContent = label + ' — ' + quotes.join(' … ');
    box.hidden = false;
  }
  if (scroll && first !== null) {
    first.scrollIntoView({ block: 'center' });
  }
}

document.querySelectorAll('button.field').forEach((button) => {
  const label = () =>
    button.querySelector('.name').textContent + ': ' + button.querySelector('.value').textContent;
  button.addEventListener('click', () => light(button, label(), true));
});

// A record's parts: a word lights its evidence when selected, an actor's name its mentions when
// pointed at (a click follows it to the actor's page).
document.querySelectorAll('#told .part').forEach((part) => {
  part.tabIndex = 0;
  part.addEventListener('click', () => light(part, part.textContent, true));
});
document.querySelectorAll('#told a.actor-ref[data-spans]').forEach((link) => {
  link.addEventListener('mouseenter', () => light(link, null, false));
  link.addEventListener('focus', () => light(link, null, false));
});

// Opened at a record (#event-12): its evidence lights up and comes into view.
function openAtRecord() {
  const record = location.hash.startsWith('#event-') ? document.getElementById(location.hash.slice(1)) : null;
  if (record !== null) {
    const whole = record.querySelector('.part') || record;
    record.classList.add('opened');
    light(whole, record.textContent, true);
  }
}
openAtRecord();
window.addEventListener('hashchange', openAtRecord);
