// Review in place on the document page: an editor confirms, corrects or rejects a field where it is
// listed, through the review API, and the field shows its new value and state at once. Without
// scripts the same forms post to the review page, which leads back here.
const csrf = document.querySelector('meta[name="csrf"]');

async function decide(form, action) {
  const field = form.closest('li');
  const result = form.querySelector('.review-result');
  const body = action === 'correct' ? { value: form.querySelector('input[name="value"]').value } : {};
  const response = await fetch('/api/review/' + form.dataset.id + '/' + action, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-CSRF-Token': csrf === null ? '' : csrf.content,
    },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) {
    result.textContent = answer.message;
    result.className = 'review-result refused';
    return;
  }
  const confidence = field.querySelector('button.field small').textContent.split(' ')[0];
  field.querySelector('button.field small').textContent = confidence + ' ' + answer.state;
  if (answer.value !== null && answer.value !== undefined) {
    field.querySelector('button.field .value').textContent = answer.value;
  }
  field.dataset.state = answer.state;
  result.textContent = answer.state;
  result.className = 'review-result done';
}

document.querySelectorAll('form.review-in-place').forEach((form) => {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    decide(form, event.submitter.value);
  });
});

// Opened at a field (#field-12), as the review queue links to it: its evidence lights up.
function openAtField() {
  const field = location.hash.startsWith('#field-') ? document.getElementById(location.hash.slice(1)) : null;
  if (field !== null) {
    field.querySelector('button.field').click();
  }
}
openAtField();
window.addEventListener('hashchange', openAtField);
