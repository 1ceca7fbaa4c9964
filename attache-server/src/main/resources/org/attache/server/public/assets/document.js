// Selecting a field shows its evidence: the span it came from lights up in the text.
const segments = Array.from(document.querySelectorAll('#text .seg'));
const box = document.getElementById('evidence');

function select(button) {
  document.querySelectorAll('button.field.selected').forEach((b) => b.classList.remove('selected'));
  segments.forEach((s) => s.classList.remove('evidence'));
  button.classList.add('selected');
  const name = button.querySelector('.name').textContent;
  const value = button.querySelector('.value').textContent;
  if (button.dataset.s === undefined) {
    box.textContent = name + ': ' + value + ' (no span in the text)';
    box.hidden = false;
    return;
  }
  const start = Number(button.dataset.s);
  const end = Number(button.dataset.e);
  const lit = segments.filter((s) => Number(s.dataset.s) >= start && Number(s.dataset.e) <= end);
  lit.forEach((s) => s.classList.add('evidence'));
  box.textContent = name + ': ' + value + ' — “' + lit.map((s) => s.textContent).join('') + '”';
  box.hidden = false;
  if (lit.length > 0) {
    lit[0].scrollIntoView({ block: 'center' });
  }
}

document.querySelectorAll('button.field').forEach((button) => {
  button.addEventListener('click', () => select(button));
});
