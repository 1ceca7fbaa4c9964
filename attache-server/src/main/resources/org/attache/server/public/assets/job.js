// Follows a submission's job: its state and progress as the API gives them, then the document's
// page once it is stored.
const job = document.getElementById('job');
const status = document.getElementById('job-status');
const progress = document.getElementById('job-progress');
const cancel = document.getElementById('cancel-form');

function describe(state) {
  switch (state.status) {
    case 'queued': {
      const n = state.waiting_before || 0;
      return 'Waiting' + (n > 0 ? ' behind ' + n + (n === 1 ? ' other document' : ' other documents') : '') + '.';
    }
    case 'running':
      return (state.cancel_requested ? 'Cancelling: ' : 'Extracting: ') + state.stage
        + (state.stages_total > 0 ? ' (step ' + (state.stages_done + 1) + ' of ' + state.stages_total + ')' : '')
        + '.';
    case 'done':
      return 'Done.';
    case 'failed':
      return 'Failed.';
    default:
      return 'Cancelled: nothing was stored.';
  }
}

function show(state) {
  job.dataset.status = state.status;
  status.textContent = describe(state);
  progress.value = state.progress;
  if (state.status === 'done') {
    window.location.replace(state.document_page);
    return false;
  }
  if (state.status === 'failed' || state.status === 'cancelled') {
    if (cancel) {
      cancel.hidden = true;
    }
    if (state.error && !document.getElementById('job-error')) {
      const error = document.createElement('p');
      error.className = 'error';
      error.id = 'job-error';
      error.textContent = state.error;
      job.appendChild(error);
    }
    return false;
  }
  return true;
}

async function follow(delay) {
  let next = delay;
  try {
    const answer = await fetch(job.dataset.api, { headers: { Accept: 'application/json' } });
    const state = await answer.json();
    if (!answer.ok) {
      status.textContent = state.message;
      return;
    }
    if (!show(state)) {
      return;
    }
    next = 500;
  } catch (e) {
    next = Math.min(delay * 2, 5000);
  }
  setTimeout(() => follow(next), next);
}

if (!['done', 'failed', 'cancelled'].includes(job.dataset.status)) {
  follow(500);
}
