// Selecting a field shows its evidence: every span it was read from lights up in the text.
const segments = Array.from(document.querySelectorAll('#text .seg'));
const box = document.getElementById('evidence');

// The spans of a field: its data-spans ("start-end start-end"), or failing them its main span.
function spansOf(button) {
  if (button.dataset.spans) {
    return button.dataset.spans.split(' ').map((pair) => pair.split('-').map(Number));
  }
  if (button.dataset.s !== undefined) {
    return [[Number(button.dataset.s), Number(button.dataset.e)]];
  }
  return [];
}

function select(button) {
  document.querySelectorAll('button.field.selected').forEach((b) => b.classList.remove('selected'));
  segments.forEach((s) => s.classList.remove('evidence'));
  button.classList.add('selected');
  const name = button.querySelector('.name').textContent;
  const value = button.querySelector('.value').textContent;
  const spans = spansOf(button);
  if (spans.length === 0) {
    box.textContent = name + ': ' + value + ' (no span in the text)';
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
  box.textContent = name + ': ' + value + ' — ' + quotes.join(' … ');
  box.hidden = false;
  if (first !== null) {
    first.scrollIntoView({ block: 'center' });
  }
}

document.querySelectorAll('button.field').forEach((button) => {
  button.addEventListener('click', () => select(button));
});
